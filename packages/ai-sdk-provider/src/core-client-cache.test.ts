import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoreClientCache } from './core-client-cache.ts';

describe('CoreClientCache', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('gives the same client while the key, the gateway and the headers stay the same', () => {
    const cache = new CoreClientCache(() => ({ apiKey: 'rsk-a', baseURL: 'http://127.0.0.1:9' }));
    const first = cache.client({ 'x-trace': 'abc' });
    expect(cache.client({ 'x-trace': 'abc' })).toBe(first);
    expect(first.baseURL).toBe('http://127.0.0.1:9');
  });

  it('makes a new client when a call brings other headers, or the settings change', () => {
    let apiKey = 'rsk-a';
    const cache = new CoreClientCache(() => ({ apiKey, baseURL: 'http://127.0.0.1:9' }));
    const first = cache.client(undefined);
    const traced = cache.client({ 'x-trace': 'abc' });
    expect(traced).not.toBe(first);
    expect(cache.client(undefined)).toBe(first);
    apiKey = 'rsk-b';
    expect(cache.client({ 'x-trace': 'abc' })).not.toBe(traced);
  });

  it('keeps the eight clients used last', () => {
    const cache = new CoreClientCache(() => ({ apiKey: 'rsk-a', baseURL: 'http://127.0.0.1:9' }));
    const first = cache.client({ 'x-call': '0' });
    for (let call = 1; call < 8; call++) cache.client({ 'x-call': String(call) });
    expect(cache.client({ 'x-call': '0' })).toBe(first);
    cache.client({ 'x-call': '8' }); // drops call 1, the least recently used
    expect(cache.client({ 'x-call': '0' })).toBe(first);
    for (let call = 9; call < 17; call++) cache.client({ 'x-call': String(call) });
    expect(cache.client({ 'x-call': '0' })).not.toBe(first);
  });

  it('follows RESAYIL_API_KEY and RESAYIL_BASE_URL where the settings leave them out', () => {
    vi.stubEnv('RESAYIL_API_KEY', 'rsk-a');
    vi.stubEnv('RESAYIL_BASE_URL', 'http://127.0.0.1:9');
    const cache = new CoreClientCache(() => ({}));
    const first = cache.client(undefined);
    expect(cache.client(undefined)).toBe(first);
    vi.stubEnv('RESAYIL_BASE_URL', 'http://127.0.0.1:10');
    const moved = cache.client(undefined);
    expect(moved).not.toBe(first);
    expect(moved.baseURL).toBe('http://127.0.0.1:10');
    vi.stubEnv('RESAYIL_API_KEY', 'rsk-b');
    expect(cache.client(undefined)).not.toBe(moved);
  });

  it('keeps nothing when the client cannot be made, so the next call tries again', () => {
    vi.stubEnv('RESAYIL_API_KEY', '');
    const cache = new CoreClientCache(() => ({ baseURL: 'http://127.0.0.1:9' }));
    expect(() => cache.client(undefined)).toThrow(/RESAYIL_API_KEY/u);
    vi.stubEnv('RESAYIL_API_KEY', 'rsk-a');
    expect(cache.client(undefined).baseURL).toBe('http://127.0.0.1:9');
  });
});
