import { describe, expect, it } from 'vitest';
import { InvalidToolInputError } from '../errors/invalid-tool-input-error.ts';
import { UnexpectedResponseError } from '../errors/unexpected-response-error.ts';
import type { ChatCompletion } from '../wire/openai.ts';
import { chatCompletionToMessage } from './chat-completion-to-message.ts';

const completion = (message: object, finish_reason: string | null = 'stop', usage?: object): ChatCompletion =>
  ({
    id: 'chatcmpl-8c3a7686',
    object: 'chat.completion',
    created: 1709500000,
    model: 'rnj-1:8b-cloud',
    choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason }],
    ...(usage ? { usage } : {}),
  }) as ChatCompletion;

describe('chatCompletionToMessage', () => {
  it("converts Resayil's text completion with usage", () => {
    expect(
      chatCompletionToMessage(
        completion({ content: 'مرحبا 👋' }, 'stop', {
          prompt_tokens: 43,
          completion_tokens: 9,
          total_tokens: 52,
        }),
      ),
    ).toEqual({
      id: 'chatcmpl-8c3a7686',
      type: 'message',
      role: 'assistant',
      model: 'rnj-1:8b-cloud',
      content: [{ type: 'text', text: 'مرحبا 👋' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: 43, output_tokens: 9 },
    });
  });

  it('turns tool calls into tool_use blocks, with string or object arguments', () => {
    const message = chatCompletionToMessage(
      completion(
        {
          content: null,
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: { name: 'get_weather', arguments: '{"city":"Riyadh"}' },
            },
            { type: 'function', function: { name: 'now', arguments: { tz: 'UTC' } } },
            { id: 'call_3', type: 'function', function: { name: 'ping', arguments: '' } },
          ],
        },
        'tool_calls',
      ),
    );
    expect(message.content).toEqual([
      { type: 'tool_use', id: 'call_1', name: 'get_weather', input: { city: 'Riyadh' } },
      { type: 'tool_use', id: 'toolu_chatcmpl-8c3a7686_1', name: 'now', input: { tz: 'UTC' } },
      { type: 'tool_use', id: 'call_3', name: 'ping', input: {} },
    ]);
    expect(message.stop_reason).toBe('tool_use');
  });

  it('throws InvalidToolInputError for arguments that are not a JSON object', () => {
    expect(() =>
      chatCompletionToMessage(
        completion({
          tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{bad' } }],
        }),
      ),
    ).toThrow(InvalidToolInputError);
  });

  it('joins text parts, maps length and content_filter, and tolerates no choices', () => {
    expect(
      chatCompletionToMessage(
        completion({
          content: [
            { type: 'text', text: 'a' },
            { type: 'text', text: 'b' },
          ],
        }),
      ).content,
    ).toEqual([{ type: 'text', text: 'ab' }]);
    expect(chatCompletionToMessage(completion({ content: 'x' }, 'length')).stop_reason).toBe('max_tokens');
    expect(chatCompletionToMessage(completion({ content: 'x' }, 'content_filter')).stop_reason).toBe(
      'refusal',
    );
    const empty = chatCompletionToMessage({ ...completion({}), choices: [] });
    expect(empty).toMatchObject({ content: [], stop_reason: null, usage: {} });
  });

  it('rejects JSON that is not a chat completion', () => {
    for (const value of [null, [], { id: 'x' }, { choices: 'none' }]) {
      expect(() => chatCompletionToMessage(value as unknown as ChatCompletion)).toThrow(
        UnexpectedResponseError,
      );
    }
  });
});
