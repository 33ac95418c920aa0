import { describe, expect, it } from 'vitest';
import { countChars, estimateTokens, tokensOfChars } from './estimate-tokens.ts';

describe('countChars', () => {
  it('counts code points as Array.from does, surrogate pairs as one and lone halves as one each', () => {
    const samples = [
      '',
      'hello',
      'مرحبا بكم في الكويت',
      '👋🏽 hi 🇰🇼',
      'a\uD83D', // a high surrogate at the end
      '\uDE00b', // a low surrogate at the start
      '\uDE00\uD83D', // halves in the wrong order
      'x'.repeat(1000) + '😀'.repeat(1000),
    ];
    for (const text of samples) expect(countChars(text)).toBe(Array.from(text).length);
  });

  it('counted piece by piece, gives the whole count, or one more per pair split across pieces', () => {
    const reply = 'The weather in Kuwait 🌞 is hot; الطقس حار 🔥.';
    const pieces = reply.match(/.{1,3}/gu) ?? [];
    expect(pieces.reduce((sum, piece) => sum + countChars(piece), 0)).toBe(countChars(reply));
    const split = ['ok \uD83C', '\uDF1E!'];
    expect(split.reduce((sum, piece) => sum + countChars(piece), 0)).toBe(countChars(split.join('')) + 1);
  });
});

describe('estimateTokens', () => {
  it('is the character count over three, rounded up', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcd')).toBe(2);
    expect(estimateTokens('😀😀😀')).toBe(1);
    expect(tokensOfChars(7)).toBe(3);
  });
});
