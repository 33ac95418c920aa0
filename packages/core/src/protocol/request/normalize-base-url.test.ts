import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../errors/invalid-request-error.ts';
import { normalizeBaseURL } from './normalize-base-url.ts';

describe('normalizeBaseURL', () => {
  it.each([
    ['https://llmapi.resayil.io', 'https://llmapi.resayil.io'],
    ['https://llmapi.resayil.io/', 'https://llmapi.resayil.io'],
    ['https://llmapi.resayil.io/v1', 'https://llmapi.resayil.io'],
    ['https://llmapi.resayil.io/v1/', 'https://llmapi.resayil.io'],
    ['https://llmapi.resayil.io/V1//', 'https://llmapi.resayil.io'],
    ['https://llm.resayil.io/api/v1', 'https://llm.resayil.io/api'],
    ['https://llm.resayil.io/api/v1/', 'https://llm.resayil.io/api'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://localhost:4010/v1?x=1#y', 'http://localhost:4010'],
    ['  https://proxy.example.com/resayil/v1  ', 'https://proxy.example.com/resayil'],
    ['https://example.com/v1beta', 'https://example.com/v1beta'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeBaseURL(input)).toBe(expected);
  });

  it.each(['', 'llmapi.resayil.io', 'ftp://llmapi.resayil.io', 'https://user:pass@llmapi.resayil.io'])(
    'rejects %j with InvalidRequestError',
    (input) => {
      expect(() => normalizeBaseURL(input)).toThrow(InvalidRequestError);
    },
  );

  it('says which field is wrong and what to use, without echoing credentials', () => {
    try {
      normalizeBaseURL('https://user:hunter2@llmapi.resayil.io');
    } catch (error) {
      expect((error as InvalidRequestError).field).toBe('baseURL');
      expect((error as Error).message).toContain('https://llmapi.resayil.io');
      expect((error as Error).message).not.toContain('hunter2');
      return;
    }
    throw new Error('expected a throw');
  });

  it('gives the same answer when asked twice in a row, and still rejects a bad address after a good one', () => {
    expect(normalizeBaseURL('https://llmapi.resayil.io/v1/')).toBe('https://llmapi.resayil.io');
    expect(normalizeBaseURL('https://llmapi.resayil.io/v1/')).toBe('https://llmapi.resayil.io');
    expect(normalizeBaseURL('http://127.0.0.1:4010/v1')).toBe('http://127.0.0.1:4010');
    expect(() => normalizeBaseURL('ftp://llmapi.resayil.io')).toThrow(InvalidRequestError);
    expect(() => normalizeBaseURL('ftp://llmapi.resayil.io')).toThrow(InvalidRequestError);
  });
});
