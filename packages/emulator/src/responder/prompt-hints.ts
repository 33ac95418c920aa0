import { englishEquivalents } from './arabic-glossary.ts';
import { findDates } from './find-dates.ts';
import type { Instructions } from './gather-instructions.ts';
import { wordsOf } from './tool-mentions.ts';

/** Values picked out of a prompt for tool arguments. */
export interface PromptHints {
  /** The prompt, whitespace collapsed. */
  text: string;
  /** Lower-cased words (letters and digits) of the prompt, plus English equivalents of known Arabic words. */
  words: Set<string>;
  /** Quoted strings, in order. */
  quoted: string[];
  /** Numbers, in order (dates and clock times left out). */
  numbers: number[];
  /** A place name, e.g. after "in" or "في". */
  place: string | undefined;
  /** Dates (`YYYY-MM-DD`), in order. */
  dates: string[];
  /**
   * Values given with a label, keyed by the label's words joined by spaces: "Service name:
   * MyService" gives `service name` → `MyService`; a JSON object (a tool result) gives its keys.
   */
  labelled: Map<string, unknown>;
}

const QUOTED = /["“«]([^"”»]{1,120})["”»]/gu;
const NUMBER = /(?<![\p{L}\d.])-?\d+(?:\.\d+)?(?![\p{L}\d])/gu;
const LATIN_PLACE = /\b(?:in|for|at|to|from|near|of|about) +((?:[A-Z][\p{Ll}'-]+)(?: +[A-Z][\p{Ll}'-]+)*)/u;
const ARABIC_PLACE = /(?:^|\s)(?:في|إلى|الى|من|عن) +([\p{Script=Arabic}]+)/u;
const LABELLED = /^\s*[-*•]?\s*(\p{L}[\p{L}\p{N} _-]{0,40}?)\s*[:=]\s*(\S.*?)\s*$/gmu;
const CLOCK = /\b\d{1,2}:\d{2}(?::\d{2})?\b/gu;

/** Finds quoted strings, numbers, dates, labelled values and a place name in a prompt. */
export function promptHints(prompt: string): PromptHints {
  const text = prompt.replace(/[ \t]+/gu, ' ').trim();
  const flat = text.replace(/\s+/gu, ' ');
  const dates = findDates(flat);
  const withoutDates = dates.reduce((rest, d) => rest.replace(d.match, ' '), flat).replace(CLOCK, ' ');
  const labelled = new Map<string, unknown>();
  for (const m of text.matchAll(LABELLED)) {
    const label = wordsOf(m[1] ?? '').join(' ');
    if (label && !labelled.has(label)) labelled.set(label, m[2]);
  }
  return {
    text: flat,
    words: new Set([...wordsOf(flat), ...englishEquivalents(wordsOf(flat))]),
    quoted: Array.from(flat.matchAll(QUOTED), (m) => m[1] ?? '').filter((q) => q.trim().length > 0),
    numbers: Array.from(withoutDates.matchAll(NUMBER), (m) => Number(m[0])),
    // On the text with its line breaks: a place never runs on into the next line.
    place: (LATIN_PLACE.exec(text) ?? ARABIC_PLACE.exec(text))?.[1]?.replace(/[?!.,،؟]+$/u, ''),
    dates: dates.map((d) => d.iso),
    labelled,
  };
}

/**
 * Hints for filling a tool's arguments, from every source a model would use, most relevant
 * first: the results of tools called for this request (their JSON keys included), the request,
 * earlier user turns, then the system prompt. Its `text` (for free-text fields) is the request's.
 */
export function argumentHints(instructions: Instructions): PromptHints {
  const results = [...instructions.resultsSinceRequest].reverse().map((r) => r.content);
  const sources = [...results, instructions.request, ...instructions.earlier.map((e) => e.text).reverse()];
  const all = promptHints([...sources, instructions.system].filter((s) => s.trim()).join('\n'));
  // Free text comes from the request alone, not from the whole prompt.
  const hints = { ...all, text: promptHints(instructions.request).text || all.text };
  for (const content of results) {
    for (const [key, value] of Object.entries(jsonObjectOf(content))) {
      const label = wordsOf(key).join(' ');
      if (!hints.labelled.has(label)) hints.labelled.set(label, value);
    }
  }
  return hints;
}

function jsonObjectOf(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
