import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameChatEvent, readPlainTextData } from './chat-event-frame.ts';
import type { ChatStreamEvent } from './chat-stream-event.ts';

const textData = (text: string): string => JSON.stringify({ type: 'text', text });

describe('frameChatEvent', () => {
  it('writes any text event exactly as JSON.stringify writes the whole event', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const event: ChatStreamEvent = { type: 'text', text };
        expect(frameChatEvent(event)).toBe(`data: ${JSON.stringify(event)}\n\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('writes every other event with JSON.stringify', () => {
    const event: ChatStreamEvent = { type: 'start', id: 'msg_1', model: 'm "quoted"' };
    expect(frameChatEvent(event)).toBe(`data: ${JSON.stringify(event)}\n\n`);
  });
});

describe('readPlainTextData', () => {
  it('reads a text event without escapes, in any script', () => {
    expect(readPlainTextData(textData('Hello '))).toBe('Hello ');
    expect(readPlainTextData(textData('مرحبا 👋'))).toBe('مرحبا 👋');
    expect(readPlainTextData(textData(''))).toBe('');
  });

  it('leaves escapes, other spacing, other keys and other events to JSON.parse', () => {
    for (const data of [
      textData('a "quoted" word'),
      textData('line\nbreak'),
      textData('back\\slash'),
      textData('\ud800 lone surrogate'),
      '{"type": "text", "text": "hi"}',
      '{"text":"hi","type":"text"}',
      '{"type":"text","text":"hi","extra":1}',
      '{"type":"thinking","text":"hi"}',
      '{"type":"text","text":"hi"} ',
      ' {"type":"text","text":"hi"}',
      '{"type":"text","text":"}',
      '{"type":"text","text":"tab\there"}',
      '',
    ]) {
      expect(readPlainTextData(data), data).toBeUndefined();
    }
  });

  it('agrees with JSON.parse whenever it reads something', () => {
    const near = fc.tuple(
      fc.constantFrom('{"type":"text","text":"', '{"type":"text","text": "', '{"type":"text" ,"text":"'),
      fc.string({ unit: 'binary', maxLength: 16 }),
      fc.constantFrom('"}', '" }', '"}\n', '"'),
    );
    fc.assert(
      fc.property(near, (parts) => {
        const data = parts.join('');
        const fast = readPlainTextData(data);
        if (fast !== undefined) expect(fast).toBe((JSON.parse(data) as { text: string }).text);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const fast = readPlainTextData(textData(text));
        // JSON.stringify escapes quotes, backslashes, control characters and lone surrogates.
        const plain = !JSON.stringify(text).includes('\\');
        if (plain) expect(fast).toBe(text);
        if (fast !== undefined) expect(fast).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
