import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  STREAM_FIXTURES,
  lineEndingVariants,
  runStream,
  textOf,
  type StreamKind,
} from './__fixtures__/stream-harness.ts';
import type { Message, ToolUseBlock } from './wire/anthropic.ts';

function fixture(file: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`./__fixtures__/${file}`, import.meta.url)));
}

function finalMessage(kind: StreamKind, bytes: Uint8Array): Message {
  const run = runStream(kind, [bytes]);
  if (run.error) throw run.error;
  return run.message as Message;
}

const tools = (message: Message): ToolUseBlock[] =>
  message.content.filter((block): block is ToolUseBlock => block.type === 'tool_use');

describe('recorded streams: what each one yields', () => {
  it('anthropic-text: text with Arabic, emoji and a raw U+2028, ping, padded JSON, unknown event', () => {
    const run = runStream('anthropic', [fixture('anthropic-text.sse')]);
    expect(run.error).toBeUndefined();
    expect(run.message).toEqual({
      id: 'msg_01ArabicText',
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-5',
      content: [{ type: 'text', text: 'مرحبا بك في ريسيل 👋🏽 Hello\u2028world — 🇸🇦' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: {
        input_tokens: 25,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        output_tokens: 17,
      },
    });
    expect(run.events.map((e) => e.type)).toEqual([
      'message_begin',
      'text_delta',
      'text_delta',
      'text_delta',
      'block_end',
      'usage_update',
      'stop_reason_update',
      'message_end',
    ]);
  });

  it('anthropic-tool-use: input fragments (the first one empty) grow a snapshot and parse at block stop', () => {
    const run = runStream('anthropic', [fixture('anthropic-tool-use.sse')]);
    const message = run.message as Message;
    expect(tools(message)).toEqual([
      {
        type: 'tool_use',
        id: 'toolu_01Weather',
        name: 'get_weather',
        input: { city: 'الرياض', unit: 'celsius', days: 3, note: '☀️ حار' },
      },
    ]);
    expect(message.stop_reason).toBe('tool_use');
    const deltas = run.events.filter((e) => e.type === 'tool_input_delta');
    expect(deltas.map((d) => d.snapshot)).toEqual([
      { city: '' },
      { city: 'الرياض' },
      { city: 'الرياض', unit: 'cel' },
      { city: 'الرياض', unit: 'celsius' },
      { city: 'الرياض', unit: 'celsius', days: 3, note: '☀️ حار' },
    ]);
    expect(run.events.find((e) => e.type === 'tool_use_begin')).toEqual({
      type: 'tool_use_begin',
      index: 1,
      id: 'toolu_01Weather',
      name: 'get_weather',
    });
  });

  it('anthropic-thinking: thinking + signature, redacted thinking, citations, usage restated (last wins)', () => {
    const run = runStream('anthropic', [fixture('anthropic-thinking.sse')]);
    const message = run.message as Message;
    expect(message.content).toEqual([
      {
        type: 'thinking',
        thinking: 'المستخدم يسأل عن العاصمة 🤔',
        signature: 'EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds',
      },
      { type: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpP' },
      {
        type: 'text',
        text: 'العاصمة هي الرياض 🇸🇦.',
        citations: [expect.objectContaining({ type: 'char_location', cited_text: 'الرياض عاصمة' })],
      },
    ]);
    expect(message.usage).toEqual({ input_tokens: 61, output_tokens: 128, cache_read_input_tokens: 0 });
    expect(run.events.filter((e) => e.type === 'signature_delta')).toHaveLength(1);
    expect(run.events[0]).toEqual({
      type: 'message_begin',
      id: 'msg_01Thinking',
      model: 'claude-sonnet-4-5',
      usage: {},
    });
  });

  it('anthropic-parallel-tools: two client tools, a server tool and an unknown result block pass through', () => {
    const run = runStream('anthropic', [fixture('anthropic-parallel-tools.sse')]);
    const message = run.message as Message;
    expect(message.content.map((block) => block.type)).toEqual([
      'text',
      'server_tool_use',
      'web_search_tool_result',
      'tool_use',
      'tool_use',
    ]);
    expect(message.content[1]).toEqual({
      type: 'server_tool_use',
      id: 'srvtoolu_01Search',
      name: 'web_search',
      input: { query: 'طقس جدة' },
    });
    expect(tools(message).map((t) => [t.id, t.input])).toEqual([
      ['toolu_01A', { city: 'جدة' }],
      ['toolu_01B', {}],
    ]);
    // Only client tools announce themselves: a server tool is run by the gateway.
    expect(run.events.filter((e) => e.type === 'tool_use_begin').map((e) => e.id)).toEqual([
      'toolu_01A',
      'toolu_01B',
    ]);
  });

  it('resayil-messages: no event lines, one-delta tool input, no usage, trailing [DONE]', () => {
    const run = runStream('anthropic', [fixture('resayil-messages.sse')]);
    const message = run.message as Message;
    expect(textOf(message)).toBe('الطقس في جدة/مكة 🌤️ ');
    expect(tools(message)).toEqual([
      { type: 'tool_use', id: 'toolu_resayil_1', name: 'get_weather', input: { city: 'جدة', emoji: '🌊' } },
    ]);
    expect(message.usage).toEqual({});
    expect(message.model).toBe('qwen3.5:397b-cloud');
  });

  it('openai-official: tool-call fragments, a usage chunk with empty choices, mapped to the Anthropic shape', () => {
    const run = runStream('openai', [fixture('openai-official.sse')]);
    expect(run.message).toEqual({
      id: 'chatcmpl-Official1',
      type: 'message',
      role: 'assistant',
      model: 'gpt-4o-mini',
      content: [
        { type: 'text', text: 'مرحبا 👋🏽 سأستخدم أداتين' },
        { type: 'tool_use', id: 'call_Weather1', name: 'get_weather', input: { city: 'دبي 🏙️' } },
        { type: 'tool_use', id: 'call_Time2', name: 'get_time', input: { tz: 'Asia/Dubai' } },
      ],
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage: { input_tokens: 30, output_tokens: 12 },
    });
    expect(run.events[0]).toEqual({
      type: 'message_begin',
      id: 'chatcmpl-Official1',
      model: 'gpt-4o-mini',
      usage: {},
    });
  });

  it('openai-resayil: role+content in the first chunk, delta [] at the end, no usage', () => {
    const message = finalMessage('openai', fixture('openai-resayil.sse'));
    expect(message.content).toEqual([{ type: 'text', text: 'مرحبا بالعالم 👋🏽 — a/b ✅' }]);
    expect(message.stop_reason).toBe('end_turn');
    expect(message.usage).toEqual({});
    expect(message.model).toBe('rnj-1:8b-cloud');
  });

  it('openai-ollama-tools: arguments as objects and no tool ids', () => {
    const message = finalMessage('openai', fixture('openai-ollama-tools.sse'));
    expect(message.content).toEqual([
      { type: 'text', text: 'لحظة ⏳' },
      {
        type: 'tool_use',
        id: 'toolu_chatcmpl-ollama-1_1',
        name: 'get_weather',
        input: { city: 'مكة', days: 3 },
      },
      { type: 'tool_use', id: 'toolu_chatcmpl-ollama-1_2', name: 'get_time', input: { tz: 'Asia/Riyadh' } },
    ]);
    expect(message.stop_reason).toBe('tool_use');
  });

  it('the same events and message with CRLF, lone CR and a byte-order mark', () => {
    for (const { file, kind } of STREAM_FIXTURES) {
      const variants = lineEndingVariants(fixture(file));
      const reference = runStream(kind, [variants.lf]);
      expect(reference.error, file).toBeUndefined();
      for (const name of ['crlf', 'cr', 'bom'] as const) {
        const run = runStream(kind, [variants[name]]);
        expect(run.events, `${file} ${name}`).toEqual(reference.events);
        expect(run.message, `${file} ${name}`).toEqual(reference.message);
      }
    }
  });
});
