import type { ToolSpec } from '../conversation/conversation.ts';
import type { PromptHints } from './prompt-hints.ts';

/** Words too common to say which tool a text means. */
const STOPWORDS = new Set(
  (
    'about above after again against also another because been before being below between both could does doing ' +
    'down during each from further have having here into itself just more most other over same should some such ' +
    'than that their them then there these they this those through under until very what when where which while ' +
    'will with would your yours given using returns return value values current information data user tool tools ' +
    'function functions call calls result results input output specified provided optional required string number ' +
    'object list item items name names type types based like want need please make show tell give always must ' +
    'every answer question questions asks asked only whenever unless needed necessary appropriate relevant useful helpful possible ' +
    'the and for you are use can any all not'
  ).split(' '),
);
/** Verbs in tool names that say nothing about the subject. */
const GENERIC_NAME_PARTS = new Set([
  'get',
  'set',
  'fetch',
  'list',
  'create',
  'update',
  'delete',
  'find',
  'make',
  'do',
  'run',
  'call',
  'tool',
  'function',
]);
/** Word endings dropped so that "addition", "adder" and "add" (or "calculator" and "calculate") meet. */
const SUFFIXES = ['ition', 'ation', 'ings', 'ing', 'ers', 'er', 'ors', 'or', 'ed', 'es', 'e'];

/**
 * The lower-case words of a text or a name (letters and digits; `snake_case`, `kebab-case` and
 * `camelCase` split into words).
 */
export function wordsOf(text: string): string[] {
  return text
    .replace(/(\p{Ll}|\d)(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** A crude stem: a plural `s` and one common ending dropped, keeping at least three letters. */
export function stem(word: string): string {
  let out = word.toLowerCase();
  if (out.length > 4 && out.endsWith('s') && !out.endsWith('ss')) out = out.slice(0, -1);
  const suffix = SUFFIXES.find((s) => out.endsWith(s) && out.length - s.length >= 3);
  return suffix ? out.slice(0, -suffix.length) : out;
}

/** Whether two words share a stem (equal, or one a prefix of the other of at least four letters). */
export function sameStem(a: string, b: string): boolean {
  const x = stem(a);
  const y = stem(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short);
}

/**
 * Where a text names a tool: the index of its name (any case; `_`, `-` and camelCase read as
 * spaces too), or -1.
 */
export function nameIndex(text: string, tool: ToolSpec): number {
  const lower = text.toLowerCase();
  const exact = lower.indexOf(tool.name.toLowerCase());
  if (exact >= 0) return exact;
  const spaced = wordsOf(tool.name).join(' ');
  return spaced.includes(' ') ? lower.replace(/[_-]+/gu, ' ').indexOf(spaced) : -1;
}

/** The words that say what a tool does: its name's words and its description's, minus filler. */
export function subjectWords(tool: ToolSpec): string[] {
  const fromName = wordsOf(tool.name).filter((w) => w.length >= 3 && !GENERIC_NAME_PARTS.has(w));
  const fromDescription = wordsOf(tool.description).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
  return [...new Set([...fromName, ...fromDescription])];
}

/** The words of a text that carry meaning: three letters or more, filler and generic verbs left out. */
export function contentWords(text: string): string[] {
  return wordsOf(text).filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !GENERIC_NAME_PARTS.has(w));
}

/** Whether some of the words say what the tool does (shared stems with its name or description). */
export function describesTool(words: readonly string[], tool: ToolSpec): boolean {
  const subject = subjectWords(tool);
  return words.some((word) => subject.some((s) => sameStem(s, word)));
}

/**
 * Whether a user's request asks for a tool: it names it, uses a word of its name, or a keyword of
 * its description (English equivalents of Arabic words included, through the hints' word set).
 */
export function asksForTool(hints: PromptHints, tool: ToolSpec): boolean {
  if (nameIndex(hints.text, tool) >= 0) return true;
  const nameWords = wordsOf(tool.name).filter((w) => w.length >= 4 && !GENERIC_NAME_PARTS.has(w));
  if (nameWords.some((w) => mentions(hints.words, w))) return true;
  const keywords = wordsOf(tool.description).filter((w) => w.length >= 5 && !STOPWORDS.has(w));
  return keywords.some((w) => mentions(hints.words, w));
}

function mentions(words: Set<string>, word: string): boolean {
  return words.has(word) || words.has(`${word}s`) || (word.endsWith('s') && words.has(word.slice(0, -1)));
}
