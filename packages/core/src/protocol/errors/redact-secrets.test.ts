import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.ts';

describe('redactSecrets', () => {
  it('replaces every occurrence of each secret', () => {
    expect(redactSecrets('key abc123 and abc123 again', ['abc123'])).toBe(
      'key [redacted] and [redacted] again',
    );
  });

  it('replaces a longer secret before a shorter one that it contains', () => {
    expect(redactSecrets('abcdef', ['abc', 'abcdef'])).toBe('[redacted]');
  });

  it('replaces Bearer tokens and x-api-key / api_key values it was not told about', () => {
    expect(redactSecrets('Authorization: Bearer tok_123, next', [])).toBe(
      'Authorization: Bearer [redacted], next',
    );
    expect(redactSecrets('x-api-key: k-1 ok', [])).toBe('x-api-key: [redacted] ok');
    expect(redactSecrets('{"x-api-key":"k-2"}', [])).toBe('{"x-api-key":"[redacted]"}');
    expect(redactSecrets('?api_key=k-3&x=1', [])).toBe('?api_key=[redacted]&x=1');
  });

  it('ignores empty secrets and leaves other text alone', () => {
    expect(redactSecrets('nothing to hide', ['', 'absent'])).toBe('nothing to hide');
  });
});

describe('redactSecrets: every form of the key', () => {
  const key = 'sk-test-7f3c9a1e5b2d4c6f8a0b1c2d3e4f5a6b';
  const leaks = (text: string) => {
    for (let at = 0; at + 12 <= key.length; at++) if (text.includes(key.slice(at, at + 12))) return true;
    return false;
  };

  it('catches a truncated echo: any run of 12 or more of its characters', () => {
    const text = redactSecrets(`Invalid API key: ${key.slice(0, 24)}... (ends ${key.slice(-12)})`, [key]);
    expect(text).toBe('Invalid API key: [redacted]... (ends [redacted])');
  });

  it('leaves a run shorter than 12 characters alone', () => {
    expect(redactSecrets(`prefix ${key.slice(0, 11)}`, [key])).toBe(`prefix ${key.slice(0, 11)}`);
  });

  it('catches the key URL-encoded and base64-encoded, alone or inside a longer encoded text', () => {
    const odd = 'k/ey+with spaces&more=chars-0123456789';
    expect(redactSecrets(`?token=${encodeURIComponent(odd)}`, [odd])).toBe('?token=[redacted]');
    expect(redactSecrets(`q=${encodeURIComponent(odd)}&x=1`, [odd])).toBe('q=[redacted]&x=1');
    for (const prefix of ['', 'u:', 'user:', 'x']) {
      for (const encoding of ['base64', 'base64url'] as const) {
        const encoded = Buffer.from(prefix + key).toString(encoding);
        const text = redactSecrets(`Basic ${encoded}`, [key]);
        expect(text, `${encoding} of ${prefix}key`).toContain('[redacted]');
        expect(text).not.toContain(encoded.slice(4, 20));
      }
    }
  });

  it('merges overlapping matches and keeps the text around them', () => {
    const text = redactSecrets(`a ${key}${key} b ${key.slice(5, 30)} c`, [key]);
    expect(text).toBe('a [redacted] b [redacted] c');
    expect(leaks(text)).toBe(false);
  });

  it('catches a short key (under 12 characters) whole, and its base64 at every alignment', () => {
    const short = 'sk-a1b2c3';
    expect(redactSecrets(`key=${short};`, [short])).toBe('key=[redacted];');
    for (const prefix of ['', 'u', 'u:', 'us:']) {
      for (const encoding of ['base64', 'base64url'] as const) {
        const encoded = Buffer.from(`${prefix}${short}~~`).toString(encoding);
        const text = redactSecrets(`Basic ${encoded}`, [short]);
        expect(text, `${encoding} of ${prefix}key`).toContain('[redacted]');
        // The key's 9 bytes give 11 or 12 base64 characters that do not depend on their neighbours.
        expect(text.length, `${encoding} of ${prefix}key`).toBeLessThanOrEqual(
          `Basic ${encoded}`.length - 11 + '[redacted]'.length,
        );
      }
    }
  });

  it('does not take the base64 of a toy key (a letter or two) for the key in ordinary text', () => {
    expect(redactSecrets('Could not reach the gateway at http://127.0.0.1:1 (k).', ['k'])).toBe(
      'Could not reach the gateway at http://127.0.0.1:1 ([redacted]).',
    );
  });

  it('catches Bearer tokens with any spacing and api key fields in their common spellings', () => {
    expect(redactSecrets('Authorization: Bearer   abc.def', [])).toBe('Authorization: Bearer   [redacted]');
    expect(redactSecrets('apikey=abc api-key: "def" x-api-key:ghi token=jkl', [])).toBe(
      'apikey=[redacted] api-key: "[redacted]" x-api-key:[redacted] token=[redacted]',
    );
  });
});
