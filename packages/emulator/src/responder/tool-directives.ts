import type { ToolSpec } from '../conversation/conversation.ts';
import { englishEquivalents } from './arabic-glossary.ts';
import { contentWords, describesTool, nameIndex, sameStem } from './tool-mentions.ts';

/** What the instructions say about tools for the current request. */
export interface ToolDirectives {
  /** Tools the instructions order for this request, in the order they are given. */
  ordered: ToolSpec[];
  /** Whether the ordered tools are to be called one after another ("first … then …"). */
  chain: boolean;
  /** Names of tools the instructions forbid ("never call X", "do not use tools"). */
  forbidden: Set<string>;
}

const ORDER =
  /\b(?:call|use|invoke|run|execute|trigger|employ|utili[sz]e|consult)\b|استخدم|استدع|استعمل|نفذ/iu;
const NEGATION =
  /\b(?:do not|don't|dont|never|must not|mustn't|should not|shouldn't|avoid|no need to|without)\b|لا\s+(?:تستخدم|تستدع|تستعمل)/iu;
const CONDITION =
  /\b(?:if|when|whenever|unless|only|in case|as needed|where needed|questions? about|asks? about|asked about)\b|إذا|عندما|عند/iu;
const SEQUENCE =
  /\b(?:then|after that|afterwards|next|followed by|once you have|finally|and finally)\b|ثم|بعد ذلك/iu;
const TOOL_WORD = /\b(?:tools?|functions?)\b|أداة|الأداة|دالة/iu;

/**
 * Reads orders about tools in instruction texts (system prompt, earlier user turns, the request):
 * a sentence with a verb such as "call" or "use" that names a tool (or says what it does: "the
 * addition function" for a tool `add`) orders it; with "never"/"do not" it forbids it; with
 * "if"/"when"/"only"/"questions about" it orders it only when the condition's words appear in the
 * request; "then", "next" or "finally" between ordered tools make a chain, called one per round.
 */
export function toolDirectives(
  texts: readonly string[],
  request: string,
  tools: readonly ToolSpec[],
): ToolDirectives {
  const ordered: Array<{ tool: ToolSpec; rank: number }> = [];
  const forbidden = new Set<string>();
  let chain = false;
  const requestWords = contentWords(request);
  let rank = 0;
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      rank += 1_000_000;
      const verb = ORDER.exec(sentence);
      if (!verb) continue;
      const object = sentence.slice(verb.index + verb[0].length);
      const referenced = referencedTools(object, tools);
      if (NEGATION.test(sentence.slice(0, verb.index + verb[0].length))) {
        const all = referenced.length === 0 && TOOL_WORD.test(object);
        for (const tool of all ? tools : referenced.map((r) => r.tool)) forbidden.add(tool.name);
        continue;
      }
      if (referenced.length === 0) continue;
      if (CONDITION.test(sentence) && !conditionMet(sentence, referenced, requestWords)) continue;
      if (referenced.length > 1 && SEQUENCE.test(object)) chain = true;
      if (SEQUENCE.test(sentence.slice(0, verb.index)) && ordered.length > 0) chain = true;
      for (const { tool, at } of referenced) ordered.push({ tool, rank: rank + at });
    }
  }
  const seen = new Set<string>();
  const result = ordered
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.tool)
    .filter((tool) => !forbidden.has(tool.name) && !seen.has(tool.name) && seen.add(tool.name));
  return { ordered: result, chain: chain && result.length > 1, forbidden };
}

/**
 * The tools an order's object phrase refers to, with their positions: by name, else by what they
 * do, else (a phrase such as "the function" with a single tool on offer) the only tool.
 */
function referencedTools(object: string, tools: readonly ToolSpec[]): Array<{ tool: ToolSpec; at: number }> {
  const named = tools.map((tool) => ({ tool, at: nameIndex(object, tool) })).filter((entry) => entry.at >= 0);
  if (named.length > 0) return named;
  const phrase = firstClause(object);
  const words = contentWords(phrase);
  words.push(...englishEquivalents(words));
  const described = tools.filter((tool) => describesTool(words, tool)).map((tool) => ({ tool, at: 0 }));
  if (described.length > 0) return described;
  const only = tools.length === 1 ? tools[0] : undefined;
  return only && TOOL_WORD.test(phrase) ? [{ tool: only, at: 0 }] : [];
}

/**
 * Whether a conditional order applies: a word of the sentence (the tools' names left out) appears
 * in the request. A condition with no such word ("call it when needed") always applies.
 */
function conditionMet(
  sentence: string,
  referenced: Array<{ tool: ToolSpec }>,
  requestWords: string[],
): boolean {
  const rest = referenced.reduce((text, { tool }) => text.split(tool.name).join(' '), sentence);
  const conditionWords = contentWords(rest);
  if (conditionWords.length === 0) return true;
  return conditionWords.some((w) => requestWords.some((r) => sameStem(w, r)));
}

/** The phrase up to the first clause break: what the verb acts on, not what follows. */
function firstClause(object: string): string {
  return object.split(/,|\bto\b|\bfor\b|\bwith\b|\bwhen\b|\bif\b|\band\b/iu)[0] ?? object;
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?؟])\s+|\n+|;/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
