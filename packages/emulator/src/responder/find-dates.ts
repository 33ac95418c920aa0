/** A date found in a text. */
export interface FoundDate {
  /** The words as written. */
  match: string;
  /** The date as `YYYY-MM-DD`. */
  iso: string;
}

/** The day the emulator's world stands on: "today" (there is no clock, for determinism). */
export const EMULATOR_TODAY = '2026-01-15';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})\\.?`;
const PATTERNS: Array<{ re: RegExp; read(m: RegExpMatchArray): string | undefined }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/giu, read: (m) => iso(m[1], monthIndex(m[2]), m[3]) },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'giu'),
    read: (m) => iso(m[3], monthIndex(m[2]), m[1]),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'giu'),
    read: (m) => iso(m[3], monthIndex(m[1]), m[2]),
  },
  { re: /\b(today|tomorrow|yesterday)\b|اليوم|غدا|غداً|أمس/giu, read: (m) => relative(m[0]) },
];

/**
 * Dates written in a text, in order: ISO (`2026-03-05`), "5 March 2026", "March 5, 2026",
 * "March 5" (this year), and "today", "tomorrow", "yesterday" (also اليوم, غداً, أمس) relative to
 * {@link EMULATOR_TODAY}.
 */
export function findDates(text: string): FoundDate[] {
  const found: Array<FoundDate & { at: number }> = [];
  for (const { re, read } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (found.some((f) => at < f.at + f.match.length && f.at < at + m[0].length)) continue;
      const date = read(m);
      if (date) found.push({ match: m[0], iso: date, at });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ match, iso: date }) => ({ match, iso: date }));
}

function monthIndex(word: string | undefined): number {
  if (word === undefined) return 0;
  if (/^\d+$/u.test(word)) return Number(word);
  const lower = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m === lower || m.slice(0, 3) === lower) + 1;
}

function iso(year: string | undefined, month: number, day: string | undefined): string | undefined {
  const y = Number(year ?? EMULATOR_TODAY.slice(0, 4));
  const d = Number(day);
  if (month < 1 || month > 12 || d < 1 || d > 31) return undefined;
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function relative(word: string): string {
  const offset = /tomorrow|غد/iu.test(word) ? 1 : /yesterday|أمس/iu.test(word) ? -1 : 0;
  const date = new Date(`${EMULATOR_TODAY}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}
