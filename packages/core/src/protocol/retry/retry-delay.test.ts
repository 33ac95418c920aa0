import { describe, expect, it } from 'vitest';
import { AuthenticationError } from '../errors/authentication-error.ts';
import { ConflictError } from '../errors/conflict-error.ts';
import { ConnectionError } from '../errors/connection-error.ts';
import { InsufficientCreditsError } from '../errors/insufficient-credits-error.ts';
import { NotFoundError } from '../errors/not-found-error.ts';
import { OverloadedError } from '../errors/overloaded-error.ts';
import { RateLimitError } from '../errors/rate-limit-error.ts';
import { RequestTimeoutError } from '../errors/request-timeout-error.ts';
import { StreamEventError } from '../errors/stream-event-error.ts';
import { TimeoutError } from '../errors/timeout-error.ts';
import { TruncatedStreamError } from '../errors/truncated-stream-error.ts';
import { UpstreamUnavailableError } from '../errors/upstream-unavailable-error.ts';
import { UserAbortError } from '../errors/user-abort-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import { createAPIError } from '../errors/create-api-error.ts';
import { retryDelay } from './retry-delay.ts';

const noJitter = { random: () => 0 };

describe('retryDelay', () => {
  // Each error is made inside its test, not while the suite is collected, so that mutation testing
  // sees which test covers which code.
  it.each([
    ['408', true, () => new RequestTimeoutError({ status: 408 })],
    ['409', true, () => new ConflictError({ status: 409 })],
    ['429', true, () => new RateLimitError({ status: 429 })],
    ['500', true, () => new UpstreamUnavailableError({ status: 500 })],
    ['503', true, () => createAPIError({ status: 503, headers: {}, bodyText: '' })],
    ['529', true, () => new OverloadedError({ status: 529 })],
    ['connection', true, () => new ConnectionError()],
    ['connect timeout', true, () => new TimeoutError({ kind: 'connect' })],
    ['400', false, () => new ValidationError({ status: 400 })],
    ['401', false, () => new AuthenticationError({ status: 401 })],
    ['402', false, () => new InsufficientCreditsError({ status: 402 })],
    ['404', false, () => new NotFoundError({ status: 404 })],
    ['idle timeout', false, () => new TimeoutError({ kind: 'idle' })],
    ['error event', false, () => new StreamEventError({ errorType: 'overloaded_error' })],
    ['truncated', false, () => new TruncatedStreamError()],
    ['user abort', false, () => new UserAbortError()],
    ['foreign error', false, () => new Error('x')],
    ['string', false, () => 'oops'],
  ])('%s → retried: %s', (_, retried, makeError) => {
    expect(retryDelay(makeError(), 1, noJitter) !== undefined).toBe(retried);
  });

  it('backs off exponentially from 500 ms, capped at 8 s, with jitter in [0.75, 1]', () => {
    const options = { maxRetries: 10, ...noJitter };
    const error = new ConnectionError();
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => retryDelay(error, attempt, options))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(retryDelay(error, 1, { random: () => 0.999999 })).toBe(375);
    expect(retryDelay(error, 2, { random: () => 0.5 })).toBe(875);
    for (let i = 0; i < 200; i++) {
      const delay = retryDelay(error, 2) as number;
      expect(delay).toBeGreaterThanOrEqual(750);
      expect(delay).toBeLessThanOrEqual(1000);
    }
  });

  it('gives up after maxRetries (default 2) and for nonsense attempts', () => {
    const error = new ConnectionError();
    expect(retryDelay(error, 2, noJitter)).toBe(1000);
    expect(retryDelay(error, 3, noJitter)).toBeUndefined();
    expect(retryDelay(error, 3, { maxRetries: 3, ...noJitter })).toBe(2000);
    expect(retryDelay(error, 1, { maxRetries: 0 })).toBeUndefined();
    expect(retryDelay(error, 0)).toBeUndefined();
    expect(retryDelay(error, 1.5)).toBeUndefined();
  });

  it("uses the server's delay when present, and gives up when it exceeds maxServerDelayMs", () => {
    const rateLimited = createAPIError({
      status: 429,
      headers: {},
      bodyText: '{"error":{"message":"Rate limit exceeded","code":429},"retry_after":12}',
    });
    expect(retryDelay(rateLimited, 1, noJitter)).toBe(12_000);
    const overloaded = createAPIError({ status: 529, headers: { 'retry-after-ms': '750' }, bodyText: '' });
    expect(retryDelay(overloaded, 2, noJitter)).toBe(750);
    const tooLong = createAPIError({ status: 429, headers: { 'retry-after': '120' }, bodyText: '' });
    expect(retryDelay(tooLong, 1, noJitter)).toBeUndefined();
    expect(retryDelay(tooLong, 1, { maxServerDelayMs: 120_000 })).toBe(120_000);
  });

  it('honours custom base and cap', () => {
    expect(retryDelay(new ConnectionError(), 2, { baseDelayMs: 100, maxDelayMs: 150, ...noJitter })).toBe(
      150,
    );
  });
});
