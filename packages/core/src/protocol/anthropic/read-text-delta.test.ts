import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTextDelta } from './read-text-delta.ts';

const event = (index: number, text: string): string =>
  JSON.stringify({ type: 'content_block_delta', index, delta: { type: 'text_delta', text } });

/** What `JSON.parse` makes of the same data, in readTextDelta's terms. */
function parsed(data: string): { index: number; text: string } | 'invalid' {
  try {
    const value = JSON.parse(data) as { index: number; delta: { text: string } };
    return { index: value.index, text: value.delta.text };
  } catch {
    return 'invalid';
  }
}

describe('readTextDelta', () => {
  it('reads the standard text delta, in any script', () => {
    expect(readTextDelta(event(0, 'Hello '))).toEqual({ index: 0, text: 'Hello ' });
    expect(readTextDelta(event(12, 'مرحبا 👋'))).toEqual({ index: 12, text: 'مرحبا 👋' });
    expect(readTextDelta(event(3, ''))).toEqual({ index: 3, text: '' });
  });

  it('leaves every other shape to the general path', () => {
    for (const data of [
      event(0, 'a "quoted" word'),
      event(0, 'line\nbreak'),
      event(0, 'back\\slash'),
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"tab\there"}}',
      '{"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "hi"}}',
      '{"index":0,"type":"content_block_delta","delta":{"type":"text_delta","text":"hi"}}',
      '{"type":"content_block_delta","index":01,"delta":{"type":"text_delta","text":"hi"}}',
      '{"type":"content_block_delta","index":-1,"delta":{"type":"text_delta","text":"hi"}}',
      '{"type":"content_block_delta","index":1.5,"delta":{"type":"text_delta","text":"hi"}}',
      '{"type":"content_block_delta","index":12345678,"delta":{"type":"text_delta","text":"hi"}}',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hi"},"x":1}',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hi"}} ',
      ' {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"hi"}}',
      '{"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":"{"}}',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"',
      '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"}}',
      '{"type":"message_stop"}',
      '',
    ]) {
      expect(readTextDelta(data), data).toBeUndefined();
    }
  });

  it('agrees with JSON.parse whenever it reads something, on any data near the standard shape', () => {
    const near = fc.tuple(
      fc.constantFrom('{"type":"content_block_delta","index":', '{"type":"content_block_delta","index": '),
      fc.oneof(fc.nat(2_000_000).map(String), fc.constantFrom('00', '01', '-0', '1e2', '')),
      fc.constantFrom(',"delta":{"type":"text_delta","text":"', ',"delta":{"type":"text_delta","text": "'),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('"}}', '"} }', '"}}\n', '"}'),
    );
    fc.assert(
      fc.property(near, (parts) => {
        const data = parts.join('');
        const fast = readTextDelta(data);
        if (fast !== undefined) expect(fast).toEqual(parsed(data));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.nat(999_999), fc.string({ unit: 'binary', maxLength: 40 }), (index, text) => {
        const data = event(index, text);
        const fast = readTextDelta(data);
        const plain = [...text].every((char) => char !== '"' && char !== '\\' && char >= ' ');
        if (plain) expect(fast).toEqual({ index, text });
        if (fast !== undefined) expect(fast).toEqual(parsed(data));
      }),
      { numRuns: 500 },
    );
  });
});
