import { APICallError } from '@ai-sdk/provider';
import { InsufficientCreditsError } from '@resayil/core';
import { RetryError } from 'ai';
import { describe, expect, it } from 'vitest';
import { parseErrorText } from './parse-error-text.ts';
import { toErrorText } from './to-error-text.ts';

const credits = new InsufficientCreditsError({
  status: 402,
  topUpUrl: 'https://llm.resayil.io/dashboard/topup',
  serverMessage: 'Insufficient credits',
});
const apiError = new APICallError({
  message: credits.message,
  url: 'u',
  requestBodyValues: {},
  cause: credits,
});

describe('toErrorText and parseErrorText', () => {
  it('carry core’s error, its advice and the top-up link from the route to the page', () => {
    const info = parseErrorText(toErrorText(apiError));
    expect(info).toMatchObject({
      name: 'InsufficientCreditsError',
      status: 402,
      topUpUrl: 'https://llm.resayil.io/dashboard/topup',
    });
    expect(info.message).toContain('Top up at');
  });

  it('look through the AI SDK’s RetryError to the last attempt', () => {
    const retry = new RetryError({ message: 'failed', reason: 'maxRetriesExceeded', errors: [apiError] });
    expect(parseErrorText(toErrorText(retry)).name).toBe('InsufficientCreditsError');
  });

  it('tell nothing of an unexpected error, and keep a plain browser message as it is', () => {
    expect(parseErrorText(toErrorText(new Error('secret detail'))).message).not.toContain('secret detail');
    expect(parseErrorText('Failed to fetch')).toEqual({
      name: 'Error',
      message: 'Failed to fetch',
      retryable: false,
    });
  });
});
