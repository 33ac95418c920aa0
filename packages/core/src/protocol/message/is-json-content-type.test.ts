import { describe, expect, it } from 'vitest';
import { isJsonContentType } from './is-json-content-type.ts';

describe('isJsonContentType', () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    ' Application/JSON',
    'application/problem+json',
  ])('%s is JSON', (value) => expect(isJsonContentType(value)).toBe(true));

  it.each([
    'text/event-stream',
    'text/html',
    'application/jsonl',
    'application/x-ndjson',
    '',
    null,
    undefined,
  ])('%s is not', (value) => expect(isJsonContentType(value)).toBe(false));
});
