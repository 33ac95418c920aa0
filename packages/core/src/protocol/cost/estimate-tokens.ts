import { isRecord } from '../json/is-record.ts';

/** Characters per token in the estimate: the gateway's own fallback counts `mb_strlen / 3`. */
const CHARS_PER_TOKEN = 3;
/** What one image counts for (about a 1000×1000 picture in Anthropic's `width × height / 750`). */
export const IMAGE_TOKENS = 1600;

/** Estimates the tokens of a text: a character count over three (generous, so the guard errs safe). */
export function estimateTokens(text: string): number {
  return tokensOfChars(countChars(text));
}

/** The estimated tokens of so many characters (see {@link estimateTokens}). */
export function tokensOfChars(chars: number): number {
  return Math.ceil(chars / CHARS_PER_TOKEN);
}

/**
 * The characters of a text as the gateway counts them (Unicode code points: a surrogate pair is
 * one), without building an array of them. Counting piece by piece may count a pair split across
 * two pieces as two, which errs on the safe side.
 */
export function countChars(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/**
 * Estimates a request's prompt tokens before it is sent: the text of the system prompt, the
 * messages and the tool definitions, plus {@link IMAGE_TOKENS} per image or document. Base64 data
 * and URLs of attachments are not counted as text. Works on the params of both endpoints.
 */
export function estimatePromptTokens(params: {
  system?: unknown;
  messages?: unknown;
  tools?: unknown;
}): number {
  let chars = 0;
  let attachments = 0;
  const visit = (value: unknown): void => {
    if (typeof value === 'string') chars += countChars(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) {
      if (
        value.type === 'image' ||
        value.type === 'image_url' ||
        value.type === 'document' ||
        value.type === 'file'
      ) {
        attachments++;
        return;
      }
      for (const [key, field] of Object.entries(value)) if (key !== 'cache_control') visit(field);
    }
  };
  visit(params.system);
  visit(params.messages);
  visit(params.tools);
  return tokensOfChars(chars) + attachments * IMAGE_TOKENS;
}
