import { describe, expect, it } from 'vitest';
import { BudgetExceededError } from './budget-exceeded-error.ts';
import { ConnectionError } from './connection-error.ts';
import { FeatureUnavailableError } from './feature-unavailable-error.ts';
import { InsufficientCreditsError } from './insufficient-credits-error.ts';
import { InvalidRequestError } from './invalid-request-error.ts';
import { InvalidToolInputError } from './invalid-tool-input-error.ts';
import { MissingApiKeyError } from './missing-api-key-error.ts';
import { ModelCapabilityError } from './model-capability-error.ts';
import { ResayilError } from './resayil-error.ts';
import { StreamEventError } from './stream-event-error.ts';
import { StreamParseError } from './stream-parse-error.ts';
import { TimeoutError } from './timeout-error.ts';
import { TruncatedStreamError } from './truncated-stream-error.ts';
import { UnexpectedResponseError } from './unexpected-response-error.ts';
import { UserAbortError } from './user-abort-error.ts';

// What each error says, case by case: the parts of the message that depend on what happened.

describe('TimeoutError', () => {
  it('names the option that ran out, with its value when known; only a connect timeout is retried', () => {
    const connect = new TimeoutError({ kind: 'connect', timeoutMs: 10 });
    expect(connect.message).toContain('(the `timeout` of 10 ms ran out before the response headers arrived)');
    expect(connect.retryable).toBe(true);
    const idle = new TimeoutError({ kind: 'idle' });
    expect(idle.message).toContain(
      'no data arrived while its body was being read (the `idleTimeout` ran out)',
    );
    expect(idle.retryable).toBe(false);
    const total = new TimeoutError({ kind: 'total', timeoutMs: 5000 });
    expect(total.message).toContain(
      'The call did not finish in time (the `totalTimeout` of 5000 ms ran out)',
    );
    expect(total.message).toContain('raise the total timeout');
    expect(total).toMatchObject({ kind: 'total', timeoutMs: 5000, retryable: false, name: 'TimeoutError' });
  });
});

describe('ConnectionError', () => {
  it('shows where, the cause cut to 120 characters and the system error code', () => {
    const cause = new TypeError(`fetch failed ${'x'.repeat(200)}`, {
      cause: Object.assign(new Error('connect'), { code: 'ECONNRESET' }),
    });
    const error = new ConnectionError({ cause, origin: 'http://127.0.0.1:1' });
    expect(error.message).toContain(
      `Could not connect to the gateway at http://127.0.0.1:1 (${cause.message.slice(0, 120)} ECONNRESET).`,
    );
  });

  it('says nothing of a cause that is not an error, or of an inner error without a string code', () => {
    expect(new ConnectionError({ cause: 'down' }).message).toMatch(
      /^Could not connect to the gateway\. Check/,
    );
    const numeric = new ConnectionError({
      cause: new Error('refused', { cause: Object.assign(new Error('x'), { code: 61 }) }),
    });
    expect(numeric.message).toMatch(/^Could not connect to the gateway \(refused\)\. Check/);
    const plain = new ConnectionError({ cause: new Error('refused', { cause: 'not an error' }) });
    expect(plain.message).toMatch(/^Could not connect to the gateway \(refused\)\. Check/);
  });
});

describe('StreamEventError', () => {
  it('quotes the server message when there is one, and advises by the error type', () => {
    const overloaded = new StreamEventError({ errorType: 'overloaded_error', serverMessage: 'busy' });
    expect(overloaded.message).toContain('(overloaded_error): "busy". The reply had started');
    expect(overloaded.message).toContain('The model is overloaded; send the request again in a few seconds');
    const other = new StreamEventError({ errorType: 'api_error' });
    expect(other.message).toContain('(api_error). The reply had started');
    expect(other.message).toContain('Send the request again; if it keeps happening, choose another model.');
    expect(other.message).not.toContain('overloaded');
  });
});

describe('ModelCapabilityError', () => {
  const ids = (count: number) => Array.from({ length: count }, (_, i) => `m${i + 1}`);

  it('lists up to eight alternatives and counts the rest', () => {
    const nine = new ModelCapabilityError({ model: 'x', capability: 'images', alternatives: ids(9) });
    expect(nine.message).toContain(
      'Models in the catalog that read images: m1, m2, m3, m4, m5, m6, m7, m8 and 1 more.',
    );
    const eight = new ModelCapabilityError({ model: 'x', capability: 'images', alternatives: ids(8) });
    expect(eight.message).toContain('read images: m1, m2, m3, m4, m5, m6, m7, m8. Send the image');
    const one = new ModelCapabilityError({ model: 'x', capability: 'documents', alternatives: ['d1'] });
    expect(one.message).toContain('read documents: d1. Send the document to one of them');
  });

  it('without alternatives, says how to list them', () => {
    const error = new ModelCapabilityError({
      model: 'llava',
      capability: 'documents',
      status: 400,
      retryable: true,
    });
    expect(error.message).toBe(
      'Model "llava" cannot read documents, and the request contains document input. List the models that read documents with `resayil models`. Send the document to one of them, or remove it.',
    );
    expect(error).toMatchObject({ alternatives: [], retryable: false, name: 'ModelCapabilityError' });
  });
});

describe('BudgetExceededError', () => {
  const init = { model: 'm', allowedUsd: 0.5, estimatedUsd: 0.004, basis: 'prompt' } as const;

  it('says whether the request was sent, and prints small amounts with more digits', () => {
    const before = new BudgetExceededError({ ...init, phase: 'before-request' });
    expect(before.message).toBe(
      'Not sent: the request to "m" may spend $0.5000, and the prompt alone is estimated at $0.004000. Raise maxCostUsd or the budget, shorten the prompt, or lower max_tokens.',
    );
    const streaming = new BudgetExceededError({
      ...init,
      phase: 'while-streaming',
      basis: 'running',
      estimatedUsd: 0.01,
    });
    expect(streaming.message).toMatch(
      /^Stopped while streaming: .* the reply had cost an estimated \$0\.0100\./,
    );
    expect(streaming).toMatchObject({
      retryable: false,
      name: 'BudgetExceededError',
      phase: 'while-streaming',
    });
  });
});

describe('UnexpectedResponseError', () => {
  it('names the status and the content type, or says it is missing', () => {
    const error = new UnexpectedResponseError({
      status: 200,
      contentType: 'text/html',
      bodySnippet: 'hello',
    });
    expect(error.message).toMatch(
      /^Unexpected response \(200, content-type text\/html\): the gateway sent a body that is not the expected JSON\. Body starts: "hello"\. Check the base URL/,
    );
    expect(new UnexpectedResponseError({ contentType: '' }).message).toMatch(
      /^Unexpected response \(content-type missing\): the gateway sent a body that is not the expected JSON\. Check/,
    );
    expect(new UnexpectedResponseError({ status: 200, problem: 'an empty body' }).message).toContain(
      'the gateway sent an empty body.',
    );
  });

  it('a 3xx is a redirect, with its target when known; a 400 is not', () => {
    const found = new UnexpectedResponseError({ status: 300, location: 'https://elsewhere.example/' });
    expect(found.message).toContain(
      'the gateway sent a redirect to https://elsewhere.example/ where JSON was expected.',
    );
    expect(found.message).toContain('send `Accept: application/json`');
    expect(new UnexpectedResponseError({ status: 399 }).message).toContain(
      'sent a redirect where JSON was expected.',
    );
    const notRedirect = new UnexpectedResponseError({ status: 400 });
    expect(notRedirect.message).toContain('a body that is not the expected JSON');
    expect(new UnexpectedResponseError({ status: 299 }).message).not.toContain('redirect');
  });

  it('makes a clean snippet from a raw body: tags dropped only from a page, unclosed ones too', () => {
    const snippet = (bodyText: string) => new UnexpectedResponseError({ bodyText }).bodySnippet;
    expect(snippet('  <p>a</p><p>b</p><b')).toBe('a b');
    expect(snippet('<script>x()</script><style>p{}</style>ok')).toBe('ok');
    expect(snippet('a <b> c')).toBe('a <b> c');
    expect(snippet('x'.repeat(250))).toBe(`${'x'.repeat(200)}…`);
    expect(
      new UnexpectedResponseError({ bodyText: 'key sk-0123456789abcdef', secrets: ['sk-0123456789abcdef'] })
        .bodySnippet,
    ).toBe('key [redacted]');
  });
});

describe('the other errors', () => {
  it('are never retried', () => {
    for (const error of [
      new InvalidRequestError('f', 'is wrong', 'Fix it.'),
      new MissingApiKeyError(),
      new InvalidToolInputError({ toolName: 't', toolUseId: 'i', rawJson: '{' }),
      new StreamParseError({ dataSnippet: 'x' }),
      new UserAbortError(),
      new TruncatedStreamError(),
      new FeatureUnavailableError({ feature: 'f' }),
    ])
      expect(error.retryable, error.name).toBe(false);
  });

  it('InvalidToolInputError shows up to 120 characters of the input', () => {
    const at120 = new InvalidToolInputError({ toolName: 't', toolUseId: 'i', rawJson: 'x'.repeat(120) });
    expect(at120.message).toContain(`(input: "${'x'.repeat(120)}")`);
    const at121 = new InvalidToolInputError({ toolName: 't', toolUseId: 'i', rawJson: 'x'.repeat(121) });
    expect(at121.message).toContain(`(input: "${'x'.repeat(120)}…")`);
  });

  it('TruncatedStreamError without a partial message carries an empty one', () => {
    expect(new TruncatedStreamError().partial).toEqual({
      id: '',
      type: 'message',
      role: 'assistant',
      model: '',
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: {},
    });
  });

  it('FeatureUnavailableError without an endpoint or a fix gives the default advice', () => {
    expect(new FeatureUnavailableError({ feature: 'prices' }).message).toBe(
      'The gateway does not publish prices. Supply the information yourself, or use a deployment that offers it.',
    );
  });

  it('InsufficientCreditsError without a top-up URL points to the dashboard', () => {
    expect(new InsufficientCreditsError({ status: 402 }).message).toContain(
      'Top up at https://llm.resayil.io/dashboard/topup and send the request again.',
    );
  });
});

describe('ResayilError', () => {
  it('is recognized by the brand any copy of the package sets', () => {
    const foreign = { [Symbol.for('resayil.error')]: ['TimeoutError', 'ResayilError'] };
    expect(ResayilError.isInstance(foreign)).toBe(true);
    expect(TimeoutError.isInstance(foreign)).toBe(true);
    expect(UserAbortError.isInstance(foreign)).toBe(false);
  });

  it('has no cause unless given one, and its JSON holds only data', () => {
    const error = new ResayilError('x');
    expect('cause' in error).toBe(false);
    expect(Object.getOwnPropertySymbols(error.toJSON())).toEqual([]);
    expect(Object.getOwnPropertySymbols({ ...new TimeoutError({ kind: 'idle' }) })).toEqual([]);
  });
});
