import { describe, expect, it } from 'vitest';
import { peakOverlap } from './peak-overlap.ts';

describe('peakOverlap', () => {
  it('counts the spans open at the busiest moment', () => {
    expect(
      peakOverlap([
        { start: 0, end: 10 },
        { start: 2, end: 5 },
        { start: 4, end: 12 },
        { start: 11, end: 13 },
      ]),
    ).toBe(3);
  });

  it('does not count a span that ends as another starts', () => {
    expect(
      peakOverlap([
        { start: 0, end: 5 },
        { start: 5, end: 9 },
      ]),
    ).toBe(1);
    expect(peakOverlap([])).toBe(0);
  });
});
