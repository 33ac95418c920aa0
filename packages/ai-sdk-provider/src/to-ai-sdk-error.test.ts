import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { ConnectionError, InvalidRequestError, UserAbortError } from '@resayil/core';
import { describe, expect, it } from 'vitest';
import { toAISDKError } from './to-ai-sdk-error.ts';

const context = {
  url: 'http://127.0.0.1/v1/messages',
  requestBodyValues: { model: 'm' },
  abortSignal: undefined,
};

describe('toAISDKError', () => {
  it('turns an abort into an AbortError, which the AI SDK treats as a stop', () => {
    const controller = new AbortController();
    controller.abort();
    const error = toAISDKError(new UserAbortError(), { ...context, abortSignal: controller.signal }) as Error;
    expect(error.name).toBe('AbortError');
    expect((toAISDKError(new UserAbortError(), context) as Error).name).toBe('AbortError');
  });

  it('a lost connection before the reply is a retryable APICallError', () => {
    const error = toAISDKError(
      new ConnectionError({ cause: new Error('ECONNREFUSED'), origin: 'http://x' }),
      context,
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).isRetryable).toBe(true);
    expect((error as APICallError).url).toBe(context.url);
    expect((error as APICallError).requestBodyValues).toEqual({ model: 'm' });
  });

  it('a request core refused to send is an InvalidArgumentError naming the field', () => {
    const error = toAISDKError(new InvalidRequestError('messages[0]', 'is bad', 'Fix it.'), context);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as InvalidArgumentError).argument).toBe('messages[0]');
  });

  it('leaves errors that are not core\u2019s alone', () => {
    const error = new TypeError('x');
    expect(toAISDKError(error, context)).toBe(error);
  });
});
