import type { AIMessageChunk } from '@langchain/core/messages';
import { concat } from '@langchain/core/utils/stream';
import { MessageAccumulator, type Message, type StreamEvent } from '@resayil/core';
import { describe, expect, it } from 'vitest';
import { StreamEventConverter, type StreamConversionOptions } from './convert-stream-event.ts';

const finalMessage: Message = {
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  model: 'qwen3.5:397b',
  content: [],
  stop_reason: 'tool_use',
  stop_sequence: null,
  usage: {},
};

/** Text, then two parallel tool calls: one streamed in fragments, one whose input arrives whole. */
const toolStream: StreamEvent[] = [
  {
    type: 'message_begin',
    id: 'msg_1',
    model: 'qwen3.5:397b',
    usage: { input_tokens: 40, output_tokens: 1 },
  },
  { type: 'text_delta', index: 0, text: 'Checking ' },
  { type: 'text_delta', index: 0, text: 'both.' },
  { type: 'block_end', index: 0, block: { type: 'text', text: 'Checking both.' } },
  { type: 'tool_use_begin', index: 1, id: 'toolu_a', name: 'get_weather' },
  { type: 'tool_input_delta', index: 1, id: 'toolu_a', partialJson: '{"city":', snapshot: {} },
  { type: 'tool_input_delta', index: 1, id: 'toolu_a', partialJson: '"Paris"}', snapshot: { city: 'Paris' } },
  {
    type: 'block_end',
    index: 1,
    block: { type: 'tool_use', id: 'toolu_a', name: 'get_weather', input: { city: 'Paris' } },
  },
  { type: 'tool_use_begin', index: 2, id: 'toolu_b', name: 'get_time' },
  {
    type: 'block_end',
    index: 2,
    block: { type: 'tool_use', id: 'toolu_b', name: 'get_time', input: { city: 'Paris' } },
  },
  { type: 'usage_update', usage: { input_tokens: 40, output_tokens: 23 } },
  { type: 'stop_reason_update', stopReason: 'tool_use', stopSequence: null },
  { type: 'message_end', message: finalMessage },
];

function convert(events: StreamEvent[], options: StreamConversionOptions): AIMessageChunk[] {
  const converter = new StreamEventConverter(options);
  return events.flatMap((event) => {
    const chunk = converter.convert(event);
    return chunk ? [chunk.message as AIMessageChunk] : [];
  });
}

const blocks = { textAsString: false, streamUsage: true };

describe('StreamEventConverter', () => {
  it('puts the provider message id on every chunk', () => {
    const chunks = convert(toolStream, blocks);
    expect(chunks.length).toBeGreaterThan(5);
    expect(new Set(chunks.map((chunk) => chunk.id))).toEqual(new Set(['msg_1']));
  });

  it('puts the model on the first chunk only and the stop reason on the last only', () => {
    const chunks = convert(toolStream, blocks);
    expect(chunks.filter((chunk) => 'model' in chunk.response_metadata)).toEqual([chunks[0]]);
    expect(chunks.filter((chunk) => 'stop_reason' in chunk.response_metadata)).toEqual([chunks.at(-1)]);
    const merged = chunks.reduce((a, b) => concat(a, b));
    expect(merged.response_metadata).toEqual({
      model: 'qwen3.5:397b',
      stop_reason: 'tool_use',
      stop_sequence: null,
    });
  });

  it('gives each tool call its own index, with id and name on the first fragment only', () => {
    const toolChunks = convert(toolStream, blocks).flatMap((chunk) => chunk.tool_call_chunks ?? []);
    expect(toolChunks).toEqual([
      { type: 'tool_call_chunk', index: 1, id: 'toolu_a', name: 'get_weather', args: '' },
      { type: 'tool_call_chunk', index: 1, args: '{"city":' },
      { type: 'tool_call_chunk', index: 1, args: '"Paris"}' },
      { type: 'tool_call_chunk', index: 2, id: 'toolu_b', name: 'get_time', args: '' },
      { type: 'tool_call_chunk', index: 2, args: '{"city":"Paris"}' },
    ]);
  });

  it('concatenates to the tool calls, text blocks and usage of the reply, each counted once', () => {
    const merged = convert(toolStream, blocks).reduce((a, b) => concat(a, b));
    expect(merged.tool_calls).toEqual([
      { type: 'tool_call', id: 'toolu_a', name: 'get_weather', args: { city: 'Paris' } },
      { type: 'tool_call', id: 'toolu_b', name: 'get_time', args: { city: 'Paris' } },
    ]);
    expect(merged.content).toEqual([{ type: 'text', text: 'Checking both.', index: 0 }]);
    expect(merged.usage_metadata).toMatchObject({ input_tokens: 40, output_tokens: 23, total_tokens: 63 });
  });

  it('sends usage-only and tool-only chunks with empty content, and no usage when streamUsage is off', () => {
    const chunks = convert(toolStream, { textAsString: false, streamUsage: false });
    expect(chunks.every((chunk) => chunk.usage_metadata === undefined)).toBe(true);
    const toolOnly = chunks.filter((chunk) => (chunk.tool_call_chunks ?? []).length > 0);
    expect(toolOnly.every((chunk) => Array.isArray(chunk.content) && chunk.content.length === 0)).toBe(true);
  });

  it('streams text as strings for a plain request, with reasoning in additional_kwargs', () => {
    const chunks = convert(
      [
        { type: 'message_begin', id: 'msg_2', model: 'm', usage: {} },
        { type: 'thinking_delta', index: 0, thinking: 'Hmm.' },
        { type: 'signature_delta', index: 0, signature: 'sig' },
        { type: 'text_delta', index: 1, text: 'Hel' },
        { type: 'text_delta', index: 1, text: 'lo' },
        { type: 'stop_reason_update', stopReason: 'end_turn', stopSequence: null },
      ],
      { textAsString: true, streamUsage: true },
    );
    const merged = chunks.reduce((a, b) => concat(a, b));
    expect(merged.content).toBe('Hello');
    expect(merged.additional_kwargs).toEqual({ reasoning_content: 'Hmm.' });
  });

  it('streams thinking as blocks that keep their signature when thinking is on', () => {
    const chunks = convert(
      [
        { type: 'message_begin', id: 'msg_3', model: 'm', usage: {} },
        { type: 'thinking_delta', index: 0, thinking: 'Let me ' },
        { type: 'thinking_delta', index: 0, thinking: 'think.' },
        { type: 'signature_delta', index: 0, signature: 'sig_9' },
        { type: 'block_end', index: 1, block: { type: 'redacted_thinking', data: 'opaque' } },
        { type: 'text_delta', index: 2, text: 'Answer.' },
        { type: 'stop_reason_update', stopReason: 'end_turn', stopSequence: null },
      ],
      blocks,
    );
    expect(chunks.reduce((a, b) => concat(a, b)).content).toEqual([
      { type: 'thinking', thinking: 'Let me think.', signature: 'sig_9', index: 0 },
      { type: 'redacted_thinking', data: 'opaque', index: 1 },
      { type: 'text', text: 'Answer.', index: 2 },
    ]);
  });

  it("carries core's id for a tool call the gateway sent without one", () => {
    const accumulator = new MessageAccumulator();
    const events = [
      { type: 'message_start', message: { id: 'msg_4', model: 'm', content: [] } },
      {
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'tool_use', id: '', name: 'f', input: {} },
      },
      { type: 'content_block_stop', index: 0 },
    ].flatMap((event) => accumulator.push({ event: undefined, id: undefined, data: JSON.stringify(event) }));
    const chunks = convert(events, blocks);
    expect(chunks.reduce((a, b) => concat(a, b)).tool_calls).toEqual([
      { type: 'tool_call', id: 'toolu_msg_4_0', name: 'f', args: {} },
    ]);
  });
});
