import { describe, expect, it } from 'vitest';
import { everythingShown, findSecrets } from './find-secrets.ts';
import { TEST_KEY } from '@resayil-internal/test-support/emulator';
import { REJECTED_KEY } from './reliability-key.ts';

// The scan must be able to fail: it has to see the key wherever it hides.
describe('findSecrets', () => {
  it('finds a whole key, a truncated key and a key in a nested cause', () => {
    expect(findSecrets(`Invalid API key: ${TEST_KEY}`)).toEqual([TEST_KEY]);
    expect(findSecrets(`key ${TEST_KEY.slice(0, 32)}…`)).toEqual([TEST_KEY]);
    const error = new Error('request failed', { cause: { headers: { 'x-api-key': REJECTED_KEY } } });
    expect(findSecrets(everythingShown(error))).toEqual([REJECTED_KEY]);
  });

  it('finds a key on a non-enumerable property', () => {
    const error = new Error('failed');
    Object.defineProperty(error, 'config', { value: { apiKey: TEST_KEY }, enumerable: false });
    expect(findSecrets(everythingShown(error))).toEqual([TEST_KEY]);
  });

  it('does not flag redacted or unrelated text', () => {
    expect(findSecrets('Invalid API key: sk-reliability-[REDACTED]')).toEqual([]);
    expect(findSecrets('The key was rejected. Check RESAYIL_API_KEY.')).toEqual([]);
  });
});
