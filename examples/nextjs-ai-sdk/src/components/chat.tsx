'use client';

import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport } from 'ai';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { parseErrorText } from '../lib/parse-error-text.ts';
import { MessageView, type AnswerStatus } from './message-view.tsx';

const transport = new DefaultChatTransport({ api: '/api/chat' });

/** The chat: `useChat` from `@ai-sdk/react`, the conversation, a prompt box, Send and Stop. */
export function Chat() {
  const { messages, sendMessage, status, stop, error } = useChat({ transport });
  const [prompt, setPrompt] = useState('');
  const [stoppedId, setStoppedId] = useState<string | undefined>();
  const endRef = useRef<HTMLDivElement>(null);
  const busy = status === 'submitted' || status === 'streaming';

  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [messages]);

  const submit = (event?: FormEvent): void => {
    event?.preventDefault();
    if (busy || !prompt.trim()) return;
    void sendMessage({ text: prompt });
    setPrompt('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && !event.shiftKey) submit(event);
  };
  const onStop = (): void => {
    setStoppedId(messages.at(-1)?.id);
    void stop();
  };

  // The last answer's state; an answer that has not started yet (or failed before) is shown as an empty turn.
  const last = messages.at(-1);
  const pending = busy || error ? (last?.role === 'assistant' ? undefined : 'pending') : undefined;
  const statusOf = (id: string): AnswerStatus => {
    if (id !== (pending ?? last?.id)) return id === stoppedId ? 'stopped' : 'done';
    if (error) return 'error';
    if (busy) return 'streaming';
    return id === stoppedId ? 'stopped' : 'done';
  };
  const errorInfo = error ? parseErrorText(error.message) : undefined;

  return (
    <>
      <section className="conversation" aria-live="polite" aria-label="Conversation">
        {messages.length === 0 ? (
          <p className="hint">
            Try “What time is it in Tokyo?” (a server-side tool) or “ما هي عاصمة الكويت؟” (right to left).
          </p>
        ) : null}
        {messages.map((message) => (
          <MessageView
            key={message.id}
            message={message}
            status={statusOf(message.id)}
            error={message.id === last?.id && !pending ? errorInfo : undefined}
          />
        ))}
        {pending ? (
          <MessageView
            message={{ id: pending, role: 'assistant', parts: [] }}
            status={statusOf(pending)}
            error={errorInfo}
          />
        ) : null}
        <div ref={endRef} />
      </section>
      <form className="composer" onSubmit={submit}>
        <textarea
          name="prompt"
          aria-label="Message"
          dir="auto"
          rows={2}
          placeholder="Ask something…"
          value={prompt}
          onChange={(event) => setPrompt(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {busy ? (
          <button type="button" className="stop" onClick={onStop}>
            Stop
          </button>
        ) : (
          <button type="submit" disabled={!prompt.trim()}>
            Send
          </button>
        )}
      </form>
    </>
  );
}
