import type { ChatStreamErrorInfo } from '@resayil/core/web';
import { isToolUIPart, type UIMessage } from 'ai';
import { ErrorNotice } from './error-notice.tsx';
import { ToolCallView } from './tool-call-view.tsx';

/** Where an answer is: still arriving, complete, stopped by the user, or failed. */
export type AnswerStatus = 'streaming' | 'done' | 'stopped' | 'error';

const STATUS_LABELS: Record<AnswerStatus, string> = {
  streaming: 'typing…',
  done: '',
  stopped: 'stopped',
  error: '',
};

/**
 * One message of the conversation, from `useChat`'s parts. Every text carries `dir="auto"`, so an
 * Arabic prompt or answer is laid out right to left and an English one left to right, each on its own.
 */
export function MessageView({
  message,
  status,
  error,
}: {
  message: UIMessage;
  status: AnswerStatus;
  error?: ChatStreamErrorInfo | undefined;
}) {
  if (message.role === 'user') {
    return (
      <div className="turn turn-user" data-role="user">
        {message.parts.map((part, index) =>
          part.type === 'text' ? (
            <p key={index} className="message" dir="auto">
              {part.text}
            </p>
          ) : null,
        )}
      </div>
    );
  }
  return (
    <div className="turn turn-assistant" data-role="assistant" data-status={status}>
      {message.parts.map((part, index) => {
        if (part.type === 'text') {
          return (
            <p key={index} className="message" dir="auto">
              {part.text}
            </p>
          );
        }
        return isToolUIPart(part) ? <ToolCallView key={part.toolCallId} part={part} /> : null;
      })}
      {error ? <ErrorNotice error={error} /> : null}
      {STATUS_LABELS[status] ? <div className="turn-status">{STATUS_LABELS[status]}</div> : null}
    </div>
  );
}
