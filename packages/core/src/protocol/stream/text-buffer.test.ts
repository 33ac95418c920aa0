import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { TextBuffer } from './text-buffer.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = (): number => {
  gc();
  return process.memoryUsage().heapUsed;
};

describe('TextBuffer', () => {
  it('gives back every piece in order, across many segments, Latin and Arabic alike', () => {
    for (const word of ['word ', 'كلمة ', '🙂 ']) {
      const buffer = new TextBuffer();
      const pieces: string[] = [];
      for (let i = 0; i < 20_000; i++) {
        const piece = `${word}${i} `;
        pieces.push(piece);
        buffer.append(piece);
      }
      const expected = pieces.join('');
      expect(expected.length).toBeGreaterThan(3 * 16_384);
      expect(buffer.length).toBe(expected.length);
      expect(buffer.toString()).toBe(expected);
    }
  });

  it('starts from an initial text and keeps it first', () => {
    const buffer = new TextBuffer('Hello');
    buffer.append(', ');
    buffer.append('world');
    expect(buffer.toString()).toBe('Hello, world');
    expect(buffer.length).toBe(12);
    expect(new TextBuffer().toString()).toBe('');
  });

  it('can be read, appended to and read again', () => {
    const buffer = new TextBuffer();
    buffer.append('a'.repeat(20_000));
    const first = buffer.toString();
    expect(buffer.toString()).toBe(first);
    buffer.append('b');
    expect(buffer.toString()).toBe(`${'a'.repeat(20_000)}b`);
    expect(buffer.length).toBe(20_001);
  });

  it('holds word-sized pieces at about the size of their text, not one string per piece', () => {
    // 1,000,000 fresh Latin pieces of 6–12 characters: kept one string each (a list or a rope of
    // them), they would cost several times their characters; joined into segments, about one byte each.
    const before = heapAfterGc();
    const buffer = new TextBuffer();
    for (let i = 0; i < 1_000_000; i++) buffer.append(`word ${i} `);
    const held = heapAfterGc() - before;
    expect(buffer.length).toBeGreaterThan(10_000_000);
    expect(held).toBeLessThan(1.5 * buffer.length);
    expect(buffer.toString().startsWith('word 0 word 1 ')).toBe(true);
  });
});
