import { secretForms } from './secret-forms.ts';

/** What replaces a secret in any text the toolkit shows. */
export const REDACTED = '[redacted]';

/**
 * The shortest run of a secret's characters that counts as the secret: a truncated echo
 * (`Invalid API key: sk-abc…`) is caught once this much of it shows.
 */
export const SECRET_WINDOW = 12;

const BEARER = /\b(Bearer)(\s+)[^\s"',;&]+/gi;
const API_KEY_FIELD = /\b((?:x-api-key|api[_-]?key|token)["']?\s*[:=]\s*["']?)[^\s"',;}&]+/gi;

/**
 * Removes secrets from a text meant for a message or a log. For each given secret, its exact
 * value, its URL-encoded and base64 forms, and any run of at least {@link SECRET_WINDOW} of
 * their characters (a truncated or partial echo) become `[redacted]`; so do any
 * `Bearer <token>`, `x-api-key: <key>`, `api_key=<key>` and `token=<value>` patterns. Empty
 * secrets are ignored.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  const forms = secrets.flatMap((secret) => secretForms(secret));
  const ranges = forms.length === 0 ? [] : findRanges(text, forms);
  let result = '';
  let at = 0;
  for (const [start, end] of ranges) {
    result += `${text.slice(at, start)}${REDACTED}`;
    at = end;
  }
  result += text.slice(at);
  return result.replace(BEARER, `$1$2${REDACTED}`).replace(API_KEY_FIELD, `$1${REDACTED}`);
}

/** The merged `[start, end)` ranges of `text` that show a form whole or a long enough run of it. */
function findRanges(text: string, forms: readonly string[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const form of forms) {
    const span = Math.min(SECRET_WINDOW, form.length);
    // Every span of the form, with where it starts in the form.
    const spans = new Map<string, number[]>();
    for (let offset = 0; offset + span <= form.length; offset++) {
      const piece = form.slice(offset, offset + span);
      spans.set(piece, [...(spans.get(piece) ?? []), offset]);
    }
    for (let start = 0; start + span <= text.length; start++) {
      const offsets = spans.get(text.slice(start, start + span));
      if (!offsets) continue;
      let longest = span;
      for (const offset of offsets) {
        let length = span;
        while (offset + length < form.length && text[start + length] === form[offset + length]) length++;
        longest = Math.max(longest, length);
      }
      found.push([start, start + longest]);
      start += longest - 1;
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
