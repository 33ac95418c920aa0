import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConnectionError } from './connection-error.ts';
import { redactError } from './redact-error.ts';
import { ResayilError } from './resayil-error.ts';
import { UnexpectedResponseError } from './unexpected-response-error.ts';

const KEY = 'sk-redact-0123456789abcdef0123456789';
const shown = (error: unknown) =>
  [
    String(error),
    (error as Error).stack,
    inspect(error, { depth: 10, showHidden: true }),
    JSON.stringify(error),
  ].join('\n');
const leaks = (text: string) => {
  for (let at = 0; at + 12 <= KEY.length; at++) if (text.includes(KEY.slice(at, at + 12))) return true;
  return false;
};

describe('redaction by construction', () => {
  it('a ResayilError given the secrets shows none in its message, stack, cause chain, inspect or JSON', () => {
    const root = new Error(`socket to https://x.example/?token=${KEY} failed`);
    const middle = new Error(`fetch failed (${KEY.slice(0, 20)})`, { cause: root });
    const error = new ConnectionError({ cause: middle, origin: 'https://x.example', secrets: [KEY] });
    expect(leaks(shown(error))).toBe(false);
    expect(error.message).toContain('[redacted]');
    expect((error.cause as Error).cause).toBe(root);
    expect(root.message).toBe('socket to https://x.example/?token=[redacted] failed');
  });

  it('toJSON gives the name, the message and the fields, all secret-free', () => {
    const error = new UnexpectedResponseError({
      status: 302,
      location: `https://login.example/?next=/v1&k=${KEY}`,
      bodyText: `<p>Hello ${btoa(KEY)}</p>`,
      secrets: [KEY],
    });
    const json = error.toJSON();
    expect(json).toMatchObject({
      name: 'UnexpectedResponseError',
      status: 302,
      location: 'https://login.example/?next=/v1&k=[redacted]',
    });
    expect(json.message).toBe(error.message);
    expect(leaks(shown(error))).toBe(false);
  });

  it('redactError scrubs an error made elsewhere: nested plain data, arrays and causes, in place', () => {
    const error = Object.assign(new Error(`Request failed for ${KEY}`), {
      config: { headers: { 'x-api-key': KEY, authorization: `Bearer ${KEY}` }, list: [KEY] },
      cause: new ResayilError(`inner ${KEY}`),
    });
    expect(redactError(error, [KEY])).toBe(error);
    expect(leaks(shown(error))).toBe(false);
    expect(error.config.headers['x-api-key']).toBe('[redacted]');
    expect(error.config.list).toEqual(['[redacted]']);
  });

  it('redactError leaves non-errors, and errors when there is no secret, alone', () => {
    const text = `a ${KEY}`;
    expect(redactError(text, [KEY])).toBe(text);
    const error = new Error(`b ${KEY}`);
    redactError(error, ['']);
    expect(error.message).toBe(`b ${KEY}`);
  });

  it('leaves live objects (not plain data) and frozen errors as they are, without throwing', () => {
    class Socket {
      header = `x-api-key: ${KEY}`;
    }
    const socket = new Socket();
    const frozen = Object.freeze(new Error(`frozen ${KEY}`));
    const error = Object.assign(new Error('outer'), { socket, cause: frozen });
    expect(() => redactError(error, [KEY])).not.toThrow();
    expect(socket.header).toBe(`x-api-key: ${KEY}`);
    expect(frozen.message).toBe(`frozen ${KEY}`);
  });

  it('walks errors, arrays, plain and prototype-less objects, eight levels deep, and survives cycles', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.key = KEY;
    let deep: Record<string, unknown> = { key: KEY };
    for (let level = 1; level < 8; level++) deep = { next: deep };
    const error = Object.assign(new Error('x'), { list: [KEY], bare, deep });
    (error as unknown as { self: unknown }).self = error;
    redactError(error, ['', KEY]);
    expect(leaks(inspect(error, { depth: 20 }))).toBe(false);
  });

  it('leaves live objects (class instances) and non-errors alone, and does nothing without a secret', () => {
    class Socket {
      address = KEY;
    }
    const socket = new Socket();
    const error = Object.assign(new Error(KEY), { socket });
    redactError(error, [KEY]);
    expect(socket.address).toBe(KEY);
    expect(error.message).toBe('[redacted]');
    const untouched = new Error(KEY);
    expect(redactError(untouched, ['']).message).toBe(KEY);
    const value = { message: KEY };
    expect(redactError(value, [KEY])).toEqual({ message: KEY });
  });
});
