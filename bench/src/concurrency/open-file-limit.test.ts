import { describe, expect, it } from 'vitest';
import { openFileLimit, raisedLimit } from './open-file-limit.ts';

describe('openFileLimit', () => {
  it('reads a soft limit no higher than the hard one', () => {
    const limit = openFileLimit();
    expect(limit).toBeDefined();
    expect(limit?.soft).toBeGreaterThan(0);
    expect(limit?.soft).toBeLessThanOrEqual(limit?.hard ?? 0);
  });
});

describe('raisedLimit', () => {
  it('raises the soft limit up to what is needed when the hard limit allows', () => {
    expect(raisedLimit({ soft: 1024, hard: 65536 }, 12000)).toBe(12000);
    expect(raisedLimit({ soft: 1024, hard: Infinity }, 12000)).toBe(12000);
  });

  it('leaves a sufficient limit, and one the hard limit caps, alone', () => {
    expect(raisedLimit({ soft: 20000, hard: 20000 }, 12000)).toBeUndefined();
    expect(raisedLimit({ soft: 1024, hard: 4096 }, 12000)).toBeUndefined();
    expect(raisedLimit(undefined, 12000)).toBeUndefined();
  });
});
