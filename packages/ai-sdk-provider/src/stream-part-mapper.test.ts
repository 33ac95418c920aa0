import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import type { StreamEvent } from '@resayil/core';
import { describe, expect, it } from 'vitest';
import { StreamPartMapper } from './stream-part-mapper.ts';

function run(events: StreamEvent[], mapper = new StreamPartMapper()): LanguageModelV4StreamPart[] {
  const parts: LanguageModelV4StreamPart[] = [];
  for (const event of events) mapper.map(event, (part) => parts.push(part));
  return parts;
}

const start: StreamEvent = {
  type: 'message_begin',
  id: 'msg_1',
  model: 'qwen3.5:397b',
  usage: { input_tokens: 12 },
};
const end = (stopReason: string): StreamEvent[] => [
  { type: 'usage_update', usage: { output_tokens: 7 } },
  { type: 'stop_reason_update', stopReason, stopSequence: null },
  { type: 'message_end', message: {} as never },
];

describe('StreamPartMapper', () => {
  it('maps text and thinking blocks in order, keeping the signature in provider metadata', () => {
    const parts = run([
      start,
      { type: 'thinking_delta', index: 0, thinking: 'Let me think.' },
      { type: 'signature_delta', index: 0, signature: 'sig_abc' },
      {
        type: 'block_end',
        index: 0,
        block: { type: 'thinking', thinking: 'Let me think.', signature: 'sig_abc' },
      },
      { type: 'text_delta', index: 1, text: 'Hello' },
      { type: 'text_delta', index: 1, text: ' world' },
      { type: 'block_end', index: 1, block: { type: 'text', text: 'Hello world' } },
      ...end('end_turn'),
    ]);
    expect(parts).toEqual([
      { type: 'response-metadata', id: 'msg_1', modelId: 'qwen3.5:397b' },
      { type: 'reasoning-start', id: '0' },
      { type: 'reasoning-delta', id: '0', delta: 'Let me think.' },
      { type: 'reasoning-end', id: '0', providerMetadata: { resayil: { signature: 'sig_abc' } } },
      { type: 'text-start', id: '1' },
      { type: 'text-delta', id: '1', delta: 'Hello' },
      { type: 'text-delta', id: '1', delta: ' world' },
      { type: 'text-end', id: '1' },
      {
        type: 'finish',
        finishReason: { unified: 'stop', raw: 'end_turn' },
        usage: {
          inputTokens: { total: 12, noCache: 12, cacheRead: undefined, cacheWrite: undefined },
          outputTokens: { total: 7, text: undefined, reasoning: undefined },
          raw: { input_tokens: 12, output_tokens: 7 },
        },
        providerMetadata: { resayil: { stopReason: 'end_turn', stopSequence: null, requestId: null } },
      },
    ]);
  });

  it('keeps parallel tool calls apart and gives a whole input as one delta', () => {
    const parts = run([
      start,
      { type: 'tool_use_begin', index: 0, id: 'toolu_a', name: 'get_weather' },
      { type: 'tool_use_begin', index: 1, id: 'toolu_b', name: 'get_time' },
      { type: 'tool_input_delta', index: 0, id: 'toolu_a', partialJson: '{"city":', snapshot: {} },
      {
        type: 'tool_input_delta',
        index: 0,
        id: 'toolu_a',
        partialJson: '"Kuwait"}',
        snapshot: { city: 'Kuwait' },
      },
      {
        type: 'block_end',
        index: 0,
        block: { type: 'tool_use', id: 'toolu_a', name: 'get_weather', input: { city: 'Kuwait' } },
      },
      {
        type: 'block_end',
        index: 1,
        block: { type: 'tool_use', id: 'toolu_b', name: 'get_time', input: { city: 'Doha' } },
      },
      ...end('tool_use'),
    ]);
    expect(parts.slice(1, -1)).toEqual([
      { type: 'tool-input-start', id: 'toolu_a', toolName: 'get_weather' },
      { type: 'tool-input-start', id: 'toolu_b', toolName: 'get_time' },
      { type: 'tool-input-delta', id: 'toolu_a', delta: '{"city":' },
      { type: 'tool-input-delta', id: 'toolu_a', delta: '"Kuwait"}' },
      { type: 'tool-input-end', id: 'toolu_a' },
      { type: 'tool-call', toolCallId: 'toolu_a', toolName: 'get_weather', input: '{"city":"Kuwait"}' },
      { type: 'tool-input-delta', id: 'toolu_b', delta: '{"city":"Doha"}' },
      { type: 'tool-input-end', id: 'toolu_b' },
      { type: 'tool-call', toolCallId: 'toolu_b', toolName: 'get_time', input: '{"city":"Doha"}' },
    ]);
    expect(parts.at(-1)).toMatchObject({
      type: 'finish',
      finishReason: { unified: 'tool-calls', raw: 'tool_use' },
    });
  });

  it('passes a malformed tool input on as it came, so the AI SDK reports it', () => {
    const parts = run([
      start,
      { type: 'tool_use_begin', index: 0, id: 'toolu_a', name: 'get_weather' },
      {
        type: 'tool_input_delta',
        index: 0,
        id: 'toolu_a',
        partialJson: '{"city": Kuwait',
        snapshot: undefined,
      },
      {
        type: 'block_end',
        index: 0,
        block: { type: 'tool_use', id: 'toolu_a', name: 'get_weather', input: {} },
        invalidInput: new Error('bad') as never,
      },
    ]);
    expect(parts.at(-1)).toEqual({
      type: 'tool-call',
      toolCallId: 'toolu_a',
      toolName: 'get_weather',
      input: '{"city": Kuwait',
    });
  });

  it('streams the structured-output tool as text and finishes with stop', () => {
    const parts = run(
      [
        start,
        { type: 'tool_use_begin', index: 0, id: 'toolu_j', name: 'json' },
        { type: 'tool_input_delta', index: 0, id: 'toolu_j', partialJson: '{"a":1}', snapshot: { a: 1 } },
        {
          type: 'block_end',
          index: 0,
          block: { type: 'tool_use', id: 'toolu_j', name: 'json', input: { a: 1 } },
        },
        ...end('tool_use'),
      ],
      new StreamPartMapper({ responseToolName: 'json' }),
    );
    expect(parts.slice(1, -1)).toEqual([
      { type: 'text-start', id: '0' },
      { type: 'text-delta', id: '0', delta: '{"a":1}' },
      { type: 'text-end', id: '0' },
    ]);
    expect(parts.at(-1)).toMatchObject({ finishReason: { unified: 'stop', raw: 'tool_use' } });
  });

  it('reports a redacted thinking block with its data, and the request id at the finish', () => {
    const mapper = new StreamPartMapper({ requestId: () => 'req_42' });
    const parts = run(
      [
        start,
        { type: 'block_end', index: 0, block: { type: 'redacted_thinking', data: 'opaque' } },
        ...end('end_turn'),
      ],
      mapper,
    );
    expect(parts.slice(1, 3)).toEqual([
      { type: 'reasoning-start', id: '0' },
      { type: 'reasoning-end', id: '0', providerMetadata: { resayil: { redactedData: 'opaque' } } },
    ]);
    expect(parts.at(-1)).toMatchObject({ providerMetadata: { resayil: { requestId: 'req_42' } } });
    expect(mapper.finished).toBe(true);
  });
});
