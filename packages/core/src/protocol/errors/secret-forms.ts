const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/**
 * The shortest encoded form kept: the base64 of a very short secret is a letter or two, which
 * ordinary text is full of (a one-character key `k` would redact every `a`). The secret itself is
 * always a form, whatever its length.
 */
const MIN_ENCODED_FORM = 8;

/**
 * The forms in which a secret can show up in a response or an error: as it is, URL-encoded, and
 * base64-encoded (standard and URL-safe alphabets, at each of the three byte alignments it can
 * have inside a longer encoded text, such as `Basic base64(user:key)`). Internal.
 */
export function secretForms(secret: string): string[] {
  if (secret === '') return [];
  const forms = new Set([secret, encodeURIComponent(secret)]);
  const bytes = new TextEncoder().encode(secret);
  for (let shift = 0; shift < 3; shift++) {
    const encoded = toBase64(new Uint8Array([...new Uint8Array(shift), ...bytes]));
    // Drop the characters that depend on the bytes before the secret, and on those after it.
    const from = shift === 0 ? 0 : Math.ceil((shift * 8) / 6);
    const to = Math.floor(((shift + bytes.length) * 8) / 6);
    const stable = encoded.slice(from, to);
    if (stable.length >= MIN_ENCODED_FORM) {
      forms.add(stable);
      forms.add(stable.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...forms];
}

function toBase64(bytes: Uint8Array): string {
  let result = '';
  for (let at = 0; at < bytes.length; at += 3) {
    const triple = ((bytes[at] ?? 0) << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0);
    const count = Math.min(3, bytes.length - at) + 1;
    for (let i = 0; i < 4; i++) result += i < count ? BASE64[(triple >> (18 - 6 * i)) & 63] : '=';
  }
  return result;
}
