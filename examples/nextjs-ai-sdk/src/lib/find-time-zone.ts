/**
 * The IANA time zone named after a city, from the zones this runtime knows: `Tokyo` →
 * `Asia/Tokyo`, `New York` → `America/New_York`, `Kuwait City` → `Asia/Kuwait` (by its first
 * word when the full name is not a zone). `undefined` when none matches.
 */
export function findTimeZone(city: string): string | undefined {
  const words = city.trim().toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  const zones = Intl.supportedValuesOf('timeZone');
  const byCity = (name: string) => zones.find((zone) => zone.toLowerCase().split('/').at(-1) === name);
  return byCity(words.join('_')) ?? byCity(words[0] ?? '');
}
