import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../errors/invalid-request-error.ts';
import { messagesToChatCompletion } from './messages-to-chat-completion.ts';

describe('messagesToChatCompletion', () => {
  it('carries the system prompt, text turns and sampling settings over', () => {
    const body = messagesToChatCompletion({
      model: 'qwen3.5:397b',
      max_tokens: 256,
      system: [
        { type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral' } },
        { type: 'text', text: 'Answer in English.' },
      ],
      messages: [
        { role: 'user', content: 'Hello' },
        { role: 'assistant', content: [{ type: 'text', text: 'Hi!' }] },
        { role: 'user', content: [{ type: 'text', text: 'How are you?' }] },
      ],
      temperature: 0.2,
      top_p: 0.9,
      top_k: 5,
      stop_sequences: ['END'],
      stream: true,
      thinking: { type: 'enabled', budget_tokens: 1024 },
    });
    expect(body).toEqual({
      model: 'qwen3.5:397b',
      max_tokens: 256,
      messages: [
        { role: 'system', content: 'Be brief.\n\nAnswer in English.' },
        { role: 'user', content: 'Hello' },
        { role: 'assistant', content: 'Hi!' },
        { role: 'user', content: 'How are you?' },
      ],
      temperature: 0.2,
      top_p: 0.9,
      stop: ['END'],
      stream: true,
    });
  });

  it('turns images into image_url parts, base64 as a data URL', () => {
    const body = messagesToChatCompletion({
      model: 'm',
      max_tokens: 10,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is this?' },
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
            { type: 'image', source: { type: 'url', url: 'https://example.com/cat.jpg' } },
          ],
        },
      ],
    });
    expect(body.messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.jpg' } },
        ],
      },
    ]);
  });

  it('turns tool calls into tool_calls and tool results into tool messages, before the rest of the turn', () => {
    const body = messagesToChatCompletion({
      model: 'm',
      max_tokens: 10,
      tools: [{ name: 'get_time', description: 'The time', input_schema: { type: 'object' } }],
      tool_choice: { type: 'any' },
      messages: [
        { role: 'user', content: 'Time in Kuwait?' },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'Use the tool.', signature: 'sig' },
            { type: 'tool_use', id: 'call_1', name: 'get_time', input: { city: 'Kuwait' } },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'call_1', content: [{ type: 'text', text: '10:00' }] },
            { type: 'text', text: 'Thanks' },
          ],
        },
      ],
    });
    expect(body.messages.slice(1)).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'get_time', arguments: '{"city":"Kuwait"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_1', content: '10:00' },
      { role: 'user', content: 'Thanks' },
    ]);
    expect(body.tools).toEqual([
      {
        type: 'function',
        function: { name: 'get_time', description: 'The time', parameters: { type: 'object' } },
      },
    ]);
    expect(body.tool_choice).toBe('required');
  });

  it.each([
    [{ type: 'auto' } as const, 'auto'],
    [{ type: 'none' } as const, 'none'],
    [{ type: 'tool', name: 'x' } as const, { type: 'function', function: { name: 'x' } }],
  ])('maps tool_choice %j', (choice, expected) => {
    const body = messagesToChatCompletion({ model: 'm', max_tokens: 1, messages: [], tool_choice: choice });
    expect(body.tool_choice).toEqual(expected);
  });

  it('rejects a document with an error that names the message and the fix', () => {
    const convert = () =>
      messagesToChatCompletion({
        model: 'm',
        max_tokens: 1,
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Summarise' },
              {
                type: 'document',
                source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' },
              },
            ],
          },
        ],
      });
    expect(convert).toThrow(InvalidRequestError);
    expect(convert).toThrow(/messages\[0\]\.content\[1\].*\/v1\/messages/u);
  });
});
