import { describe, expect, it } from 'vitest';
import { EMULATOR_TODAY, findDates } from './find-dates.ts';

const isoOf = (text: string) => findDates(text).map((d) => d.iso);

describe('findDates', () => {
  it('reads ISO dates and written dates, in order', () => {
    expect(isoOf('From 2026-03-05 to March 9, 2026, then 12th April 2027')).toEqual([
      '2026-03-05',
      '2026-03-09',
      '2027-04-12',
    ]);
  });

  it('puts a date without a year in the emulator year and reads short month names', () => {
    expect(isoOf('Book it for 3 Feb')).toEqual(['2026-02-03']);
    expect(isoOf('on Sep. 30')).toEqual(['2026-09-30']);
  });

  it('reads today, tomorrow and yesterday against a fixed day, in English and Arabic', () => {
    expect(EMULATOR_TODAY).toBe('2026-01-15');
    expect(isoOf('today, tomorrow or yesterday')).toEqual(['2026-01-15', '2026-01-16', '2026-01-14']);
    expect(isoOf('الطقس غداً في الرياض')).toEqual(['2026-01-16']);
  });

  it('keeps the words as written so that they can be left out of the numbers', () => {
    expect(findDates('due 2026-12-01!')).toEqual([{ match: '2026-12-01', iso: '2026-12-01' }]);
  });

  it('ignores impossible dates and plain numbers', () => {
    expect(isoOf('2026-13-40, 42 apples, 7 days')).toEqual([]);
  });
});
