import { describe, expect, it } from 'vitest';
import { messageToEvents, type StreamEvent } from '../src/index.ts';
import { ask, useGateway } from './support/use-gateway.ts';

// A gateway that ignores `stream: true` sends the whole reply as JSON (here the emulator's 200 with a
// body of our choosing). Every streamed entry point of core reads it as that reply.

const reply = {
  id: 'msg_whole',
  type: 'message',
  role: 'assistant',
  model: 'qwen3.5:397b',
  content: [
    { type: 'text', text: 'الجواب كاملاً، دفعة واحدة.' },
    { type: 'tool_use', name: 'get_weather', input: { city: 'Doha' } },
  ],
  stop_reason: 'tool_use',
  stop_sequence: null,
  usage: { input_tokens: 10, output_tokens: 12 },
};

describe('a JSON reply to a streamed request', () => {
  const env = useGateway({ profile: 'resayil' });
  const params = { model: 'qwen3.5:397b', max_tokens: 100, messages: ask('Weather in Doha?') };

  it('messages.stream yields the events it stands for and ends with it, the tool id made by core', async () => {
    env.emulator.enqueue({ fault: { type: 'status', status: 200, body: reply } });
    const stream = env.client.messages.stream(params);
    const events: StreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const final = await stream.finalMessage();
    expect(events).toEqual(messageToEvents(final));
    expect(final.content[1]).toEqual({
      type: 'tool_use',
      id: 'toolu_msg_whole_1',
      name: 'get_weather',
      input: { city: 'Doha' },
    });
    expect(env.emulator.requests.at(-1)?.body).toMatchObject({ stream: true });
  });

  it('textStream() and chat.completions.stream read it too', async () => {
    env.emulator.enqueue({ fault: { type: 'status', status: 200, body: reply } });
    let text = '';
    for await (const piece of env.client.messages.stream(params).textStream()) text += piece;
    expect(text).toBe('الجواب كاملاً، دفعة واحدة.');

    env.emulator.enqueue({
      fault: {
        type: 'status',
        status: 200,
        body: {
          id: 'chatcmpl-whole',
          object: 'chat.completion',
          model: 'qwen3.5:397b',
          choices: [{ index: 0, message: { role: 'assistant', content: 'كاملاً' }, finish_reason: 'stop' }],
        },
      },
    });
    const completion = env.client.chat.completions.stream(params);
    expect(await completion.finalText()).toBe('كاملاً');
  });

  it('a JSON body that is not a reply is an UnexpectedResponseError, never an empty answer', async () => {
    env.emulator.enqueue({ fault: { type: 'status', status: 200, body: { hello: 'world' } } });
    await expect(env.client.messages.stream(params).finalMessage()).rejects.toMatchObject({
      name: 'UnexpectedResponseError',
    });
  });
});
