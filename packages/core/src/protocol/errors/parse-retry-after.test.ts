import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './parse-retry-after.ts';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-24T10:00:00Z');

  it('prefers retry-after-ms, then retry-after, then the body retry_after', () => {
    expect(parseRetryAfter({ 'retry-after-ms': '250', 'retry-after': '3' }, { retry_after: 9 })).toBe(250);
    expect(parseRetryAfter({ 'retry-after': '3' }, { retry_after: 9 })).toBe(3000);
    expect(parseRetryAfter({}, { retry_after: 9 })).toBe(9000);
    expect(parseRetryAfter({}, { retry_after: '1.5' })).toBe(1500);
  });

  it('resolves an HTTP date against now, never below zero', () => {
    expect(parseRetryAfter({ 'retry-after': 'Tue, 24 Nov 2026 10:01:00 GMT' }, undefined, now)).toBe(60_000);
    expect(parseRetryAfter({ 'retry-after': 'Tue, 24 Nov 2026 09:00:00 GMT' }, undefined, now)).toBe(0);
    expect(parseRetryAfter({ 'retry-after': 'Tue, 24 Nov 2026 10:01:00 GMT' }, undefined)).toBeUndefined();
  });

  it('ignores garbage and reads Headers objects case-insensitively', () => {
    expect(
      parseRetryAfter({ 'retry-after': 'soon', 'retry-after-ms': '-5' }, { retry_after: null }),
    ).toBeUndefined();
    expect(parseRetryAfter(new Headers({ 'Retry-After': '4' }), undefined)).toBe(4000);
    expect(parseRetryAfter({ 'RETRY-AFTER': ['5', '6'] }, undefined)).toBe(5000);
  });

  it('reads decimals and padding, and rejects what is not a plain number of seconds', () => {
    expect(parseRetryAfter({ 'retry-after': '1.25' }, undefined)).toBe(1250);
    expect(parseRetryAfter({ 'retry-after': ' 2 ' }, undefined)).toBe(2000);
    expect(parseRetryAfter({ 'retry-after-ms': '1e3' }, undefined)).toBeUndefined();
    expect(parseRetryAfter({ 'retry-after-ms': ' ' }, undefined)).toBeUndefined();
    expect(parseRetryAfter({}, null)).toBeUndefined();
    expect(parseRetryAfter({}, { retry_after: '7' })).toBe(7000);
  });

  it('skips a header whose value is undefined and reads the same header in another case', () => {
    expect(parseRetryAfter({ 'Retry-After': undefined, 'retry-after': '3' }, undefined)).toBe(3000);
  });
});
