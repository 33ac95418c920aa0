import { describe, expect, it } from 'vitest';
import { TextBuffer } from './text-buffer.ts';

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
});
