import { describe, expect, it } from 'vitest';
import { MessageAccumulator } from '../anthropic/message-accumulator.ts';
import { ChatCompletionAccumulator } from '../openai/chat-completion-accumulator.ts';
import type { SSEMessage } from '../sse/create-sse-decoder.ts';
import type { StreamEvent } from '../stream-event.ts';
import type { Message } from '../wire/anthropic.ts';

// How the content of a streamed reply is built from block events, through the public accumulators:
// the defaults of fields a gateway leaves out, the order of blocks, and deltas that do not fit.

const sse = (value: unknown): SSEMessage => ({
  event: undefined,
  data: JSON.stringify(value),
  id: undefined,
});
const begin = sse({ type: 'message_start', message: { id: 'msg_1', model: 'm', content: [] } });
const blockStart = (index: number, block: unknown) =>
  sse({ type: 'content_block_start', index, content_block: block });
const delta = (index: number, value: unknown) => sse({ type: 'content_block_delta', index, delta: value });
const blockStop = (index: number) => sse({ type: 'content_block_stop', index });
const stop = sse({ type: 'message_stop' });

/** Streams the events as a Messages reply; returns the events and the final message. */
function stream(events: SSEMessage[]): { events: StreamEvent[]; message: Message } {
  const accumulator = new MessageAccumulator();
  const out = [begin, ...events, stop].flatMap((event) => accumulator.push(event));
  return { events: out, message: accumulator.end() };
}

describe('content blocks: fields a gateway leaves out', () => {
  it('a text block without text starts empty', () => {
    const { message } = stream([
      blockStart(0, { type: 'text' }),
      delta(0, { type: 'text_delta', text: 'Hi' }),
    ]);
    expect(message.content).toEqual([{ type: 'text', text: 'Hi' }]);
  });

  it('a thinking block without thinking or signature starts empty', () => {
    const { message } = stream([
      blockStart(0, { type: 'thinking' }),
      delta(0, { type: 'thinking_delta', thinking: 'Let me see.' }),
    ]);
    expect(message.content).toEqual([{ type: 'thinking', thinking: 'Let me see.', signature: '' }]);
  });

  it('a tool call without a name has an empty name, and a start input that is not an object becomes {}', () => {
    const { message } = stream([
      blockStart(0, { type: 'tool_use', id: 'toolu_1', input: 'not an object' }),
      blockStop(0),
    ]);
    expect(message.content).toEqual([{ type: 'tool_use', id: 'toolu_1', name: '', input: {} }]);
  });

  it('a block without a type is kept as type "unknown"', () => {
    const { message } = stream([blockStart(0, { data: 'opaque' }), blockStop(0)]);
    expect(message.content).toEqual([{ type: 'unknown', data: 'opaque' }]);
  });

  it('keeps the citations of a text block, an array or null', () => {
    const citation = { type: 'char_location', cited_text: 'Riyadh', start_char_index: 0, end_char_index: 6 };
    const { message } = stream([
      blockStart(0, { type: 'text', text: 'a', citations: [citation] }),
      blockStart(1, { type: 'text', text: 'b', citations: null }),
      delta(0, { type: 'citations_delta', citation: { ...citation, cited_text: 'Jeddah' } }),
    ]);
    expect(message.content).toEqual([
      { type: 'text', text: 'a', citations: [citation, { ...citation, cited_text: 'Jeddah' }] },
      { type: 'text', text: 'b', citations: null },
    ]);
  });

  it('an OpenAI tool call named in a later fragment takes that name; a later name does not rename it', () => {
    const chunk = (toolCalls: unknown[], finish: string | null = null) =>
      sse({
        id: 'c1',
        model: 'm',
        choices: [{ index: 0, delta: { tool_calls: toolCalls }, finish_reason: finish }],
      });
    const accumulator = new ChatCompletionAccumulator();
    for (const event of [
      chunk([{ index: 0, id: 'call_1', function: { arguments: '{"city":' } }]),
      chunk([{ index: 0, function: { name: 'get_weather', arguments: '"Riyadh"}' } }]),
      chunk([{ index: 1, id: 'call_2', function: { name: 'get_time', arguments: '{}' } }]),
      chunk([{ index: 1, function: { name: 'other_name' } }], 'tool_calls'),
      { event: undefined, data: '[DONE]', id: undefined },
    ])
      accumulator.push(event);
    expect(accumulator.end().content).toEqual([
      { type: 'tool_use', id: 'call_1', name: 'get_weather', input: { city: 'Riyadh' } },
      { type: 'tool_use', id: 'call_2', name: 'get_time', input: {} },
    ]);
  });
});

describe('content blocks: order and copies', () => {
  it('orders the content by block index, whatever the order the blocks started in', () => {
    const { message } = stream([
      blockStart(2, { type: 'text', text: 'c' }),
      blockStart(0, { type: 'text', text: 'a' }),
      blockStart(10, { type: 'text', text: 'd' }),
      blockStart(1, { type: 'text', text: 'b' }),
    ]);
    expect(message.content.map((block) => (block.type === 'text' ? block.text : block.type))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('a snapshot is a copy: changing it changes neither the stream nor the final message', () => {
    const accumulator = new MessageAccumulator();
    accumulator.push(begin);
    accumulator.push(blockStart(0, { type: 'text', text: 'a', citations: [{ n: 1 }] }));
    const snapshot = accumulator.snapshot();
    const block = snapshot.content[0] as { text: string; citations: unknown[] };
    block.citations.push({ n: 2 });
    block.text = 'changed';
    accumulator.push(stop);
    expect(accumulator.end().content).toEqual([{ type: 'text', text: 'a', citations: [{ n: 1 }] }]);
  });
});

describe('content blocks: deltas that do not fit are ignored', () => {
  const toolStart = blockStart(0, { type: 'tool_use', id: 'toolu_1', name: 'f', input: {} });
  const text = (index: number) => delta(index, { type: 'text_delta', text: 'x' });
  const thinking = (index: number) => delta(index, { type: 'thinking_delta', thinking: 'x' });
  const signature = (index: number) => delta(index, { type: 'signature_delta', signature: 'sig' });
  const citation = (index: number) => delta(index, { type: 'citations_delta', citation: { n: 1 } });
  const json = (index: number) => delta(index, { type: 'input_json_delta', partial_json: '{"a":1}' });

  /** A tool call (0), a text (1) and a thinking block (2) that only their start events filled. */
  function expectStartsOnly({ events, message }: { events: StreamEvent[]; message: Message }): void {
    expect(events.filter((event) => event.type.endsWith('_delta'))).toEqual([
      { type: 'text_delta', index: 1, text: 'hi' },
      { type: 'thinking_delta', index: 2, thinking: 'hm' },
    ]);
    expect(message.content).toEqual([
      { type: 'tool_use', id: 'toolu_1', name: 'f', input: {} },
      { type: 'text', text: 'hi' },
      { type: 'thinking', thinking: 'hm', signature: 's' },
    ]);
  }

  it('a delta of another kind than its block', () => {
    expectStartsOnly(
      stream([
        toolStart,
        text(0),
        thinking(0),
        signature(0),
        citation(0),
        blockStart(1, { type: 'text', text: 'hi' }),
        json(1),
        thinking(1),
        signature(1),
        blockStart(2, { type: 'thinking', thinking: 'hm', signature: 's' }),
        text(2),
        citation(2),
        json(2),
      ]),
    );
  });

  it('a delta for a block that has stopped', () => {
    expectStartsOnly(
      stream([
        toolStart,
        blockStop(0),
        json(0),
        blockStart(1, { type: 'text', text: 'hi' }),
        blockStop(1),
        text(1),
        citation(1),
        blockStart(2, { type: 'thinking', thinking: 'hm', signature: 's' }),
        blockStop(2),
        thinking(2),
        signature(2),
      ]),
    );
  });

  it('tool input that is neither a string nor JSON structure', () => {
    const { events, message } = stream([
      toolStart,
      delta(0, { type: 'input_json_delta', partial_json: 42 }),
      delta(0, { type: 'input_json_delta', partial_json: true }),
      json(0),
      blockStop(0),
    ]);
    expect(events.filter((event) => event.type === 'tool_input_delta')).toHaveLength(1);
    expect(message.content).toEqual([{ type: 'tool_use', id: 'toolu_1', name: 'f', input: { a: 1 } }]);
  });
});
