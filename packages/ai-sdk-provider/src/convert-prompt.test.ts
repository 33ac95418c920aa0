import { describe, expect, it } from 'vitest';
import { convertPrompt } from './convert-prompt.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const PNG_BASE64 = 'iVBORw0KGgoAAAAA';

describe('convertPrompt', () => {
  it('joins system messages and merges user and tool turns into alternating turns', async () => {
    const { system, messages, warnings } = await convertPrompt([
      { role: 'system', content: 'Be brief.' },
      { role: 'system', content: 'Answer in English.' },
      { role: 'user', content: [{ type: 'text', text: 'Weather in Kuwait?' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me check.' },
          { type: 'tool-call', toolCallId: 'toolu_1', toolName: 'get_weather', input: { city: 'Kuwait' } },
        ],
      },
      {
        role: 'tool',
        content: [
          {
            type: 'tool-result',
            toolCallId: 'toolu_1',
            toolName: 'get_weather',
            output: { type: 'json', value: { c: 31 } },
          },
        ],
      },
      { role: 'user', content: [{ type: 'text', text: 'And tomorrow?' }] },
    ]);
    expect(system).toBe('Be brief.\n\nAnswer in English.');
    expect(messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Weather in Kuwait?' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Let me check.' },
          { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Kuwait' } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_1', content: '{"c":31}' },
          { type: 'text', text: 'And tomorrow?' },
        ],
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('sends images as bytes, base64 or URL, and PDFs as documents', async () => {
    const { messages } = await convertPrompt([
      {
        role: 'user',
        content: [
          { type: 'file', mediaType: 'image/png', data: { type: 'data', data: PNG } },
          { type: 'file', mediaType: 'image', data: { type: 'data', data: PNG_BASE64 } },
          {
            type: 'file',
            mediaType: 'image/jpeg',
            data: { type: 'url', url: new URL('https://example.com/a.jpg') },
          },
          {
            type: 'file',
            mediaType: 'application/pdf',
            filename: 'report.pdf',
            data: { type: 'data', data: 'JVBERi0=' },
          },
          { type: 'file', mediaType: 'text/plain', data: { type: 'text', text: 'notes' } },
        ],
      },
    ]);
    expect(messages[0]?.content).toEqual([
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_BASE64 } },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_BASE64 } },
      { type: 'image', source: { type: 'url', url: 'https://example.com/a.jpg' } },
      {
        type: 'document',
        source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' },
        title: 'report.pdf',
      },
      { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'notes' } },
    ]);
  });

  it('refuses a file type the gateway cannot read, saying which', async () => {
    await expect(
      convertPrompt([
        {
          role: 'user',
          content: [{ type: 'file', mediaType: 'audio/mpeg', data: { type: 'data', data: 'AAAA' } }],
        },
      ]),
    ).rejects.toThrow(/audio\/mpeg/u);
  });

  it('maps every kind of tool result', async () => {
    const result = (output: unknown) =>
      ({ type: 'tool-result' as const, toolCallId: 'c', toolName: 't', output }) as never;
    const { messages } = await convertPrompt([
      {
        role: 'tool',
        content: [
          result({ type: 'text', value: 'ok' }),
          result({ type: 'error-text', value: 'boom' }),
          result({ type: 'error-json', value: { code: 1 } }),
          result({ type: 'execution-denied', reason: 'no' }),
          result({
            type: 'content',
            value: [
              { type: 'text', text: 'see' },
              { type: 'file', mediaType: 'image/png', data: { type: 'data', data: PNG } },
            ],
          }),
        ],
      },
    ]);
    expect(messages[0]?.content).toEqual([
      { type: 'tool_result', tool_use_id: 'c', content: 'ok' },
      { type: 'tool_result', tool_use_id: 'c', content: 'boom', is_error: true },
      { type: 'tool_result', tool_use_id: 'c', content: '{"code":1}', is_error: true },
      { type: 'tool_result', tool_use_id: 'c', content: 'no', is_error: true },
      {
        type: 'tool_result',
        tool_use_id: 'c',
        content: [
          { type: 'text', text: 'see' },
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_BASE64 } },
        ],
      },
    ]);
  });

  it('sends reasoning back with its signature, and leaves out (with a warning) reasoning without one', async () => {
    const { messages, warnings } = await convertPrompt([
      { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
      {
        role: 'assistant',
        content: [
          { type: 'reasoning', text: 'Think.', providerOptions: { resayil: { signature: 'sig_1' } } },
          { type: 'reasoning', text: '', providerOptions: { resayil: { redactedData: 'opaque' } } },
          { type: 'reasoning', text: 'From another provider.' },
          { type: 'text', text: 'Hello' },
        ],
      },
    ]);
    expect(messages[1]?.content).toEqual([
      { type: 'thinking', thinking: 'Think.', signature: 'sig_1' },
      { type: 'redacted_thinking', data: 'opaque' },
      { type: 'text', text: 'Hello' },
    ]);
    expect(warnings).toHaveLength(1);
  });

  it('puts cache control on a part, on the last part of a message, and on the system prompt', async () => {
    const ephemeral = { resayil: { cacheControl: { type: 'ephemeral' } } };
    const { system, messages } = await convertPrompt([
      { role: 'system', content: 'Long instructions', providerOptions: ephemeral },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Document', providerOptions: ephemeral },
          { type: 'text', text: 'Question' },
        ],
      },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'A' },
          { type: 'text', text: 'B' },
        ],
        providerOptions: ephemeral,
      },
    ]);
    expect(system).toEqual([
      { type: 'text', text: 'Long instructions', cache_control: { type: 'ephemeral' } },
    ]);
    expect(messages[0]?.content).toEqual([
      { type: 'text', text: 'Document', cache_control: { type: 'ephemeral' } },
      { type: 'text', text: 'Question' },
    ]);
    expect(messages[1]?.content).toEqual([
      { type: 'text', text: 'A' },
      { type: 'text', text: 'B', cache_control: { type: 'ephemeral' } },
    ]);
  });

  it('rejects invalid part options with the AI SDK error', async () => {
    await expect(
      convertPrompt([
        {
          role: 'user',
          content: [
            { type: 'text', text: 'x', providerOptions: { resayil: { cacheControl: { type: 'forever' } } } },
          ],
        },
      ]),
    ).rejects.toThrow(/invalid resayil provider options/u);
  });
});
