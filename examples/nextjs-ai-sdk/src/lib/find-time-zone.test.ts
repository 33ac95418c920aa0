import { describe, expect, it } from 'vitest';
import { findTimeZone } from './find-time-zone.ts';

describe('findTimeZone', () => {
  it.each([
    ['Tokyo', 'Asia/Tokyo'],
    ['new york', 'America/New_York'],
    ['Kuwait City', 'Asia/Kuwait'],
    ['  Cairo ', 'Africa/Cairo'],
  ])('%s → %s', (city, zone) => {
    expect(findTimeZone(city)).toBe(zone);
  });

  it('gives undefined for a place that names no zone', () => {
    expect(findTimeZone('Atlantis')).toBeUndefined();
    expect(findTimeZone('')).toBeUndefined();
  });
});
