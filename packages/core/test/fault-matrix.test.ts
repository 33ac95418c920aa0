import { inspect } from 'node:util';
import type { EmulatorFault } from '@resayil/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  ChatStreamError,
  FeatureUnavailableError,
  InsufficientCreditsError,
  NotFoundError,
  OverloadedError,
  PermissionDeniedError,
  RateLimitError,
  Resayil,
  StreamEventError,
  TimeoutError,
  TruncatedStreamError,
  UnexpectedResponseError,
  UpstreamUnavailableError,
  ValidationError,
  createChatRouteHandler,
  readChatStream,
  type ChatStreamEvent,
  type Message,
} from '../src/index.ts';
import { TEST_KEY, latestDisconnect } from '@resayil-internal/test-support/emulator';
import { ask, useGateway } from './support/use-gateway.ts';

type ErrorClass = abstract new (...args: never[]) => Error;
type EntryPoint =
  | 'messages.stream'
  | 'messages.create'
  | 'chat.stream'
  | 'chat.create'
  | 'route handler'
  | 'models.list'
  | 'health'
  | 'pricing';

/** Every path a fault can meet: the model calls, the route helper (as the browser reads it) and the catalog calls. */
const ENTRY_POINTS: EntryPoint[] = [
  'messages.stream',
  'messages.create',
  'chat.stream',
  'chat.create',
  'route handler',
  'models.list',
  'health',
  'pricing',
];
const STREAMING: EntryPoint[] = ['messages.stream', 'chat.stream', 'route handler'];

interface Case {
  fault: EmulatorFault;
  expected: ErrorClass | 'success';
  /** Where a path answers the fault with another class by design. */
  expectedOn?: Partial<Record<EntryPoint, ErrorClass>>;
  entryPoints?: EntryPoint[];
  /** Client options the case needs (short limits for the faults that never end). */
  client?: { timeout?: number; idleTimeout?: number; totalTimeout?: number };
}

const SHORT = { timeout: 1_000, idleTimeout: 400 };

const CASES: Record<string, Case> = {
  'status 401': { fault: { type: 'status', status: 401 }, expected: AuthenticationError },
  'status 402': { fault: { type: 'status', status: 402 }, expected: InsufficientCreditsError },
  'status 403': { fault: { type: 'status', status: 403 }, expected: PermissionDeniedError },
  'status 404': {
    fault: { type: 'status', status: 404 },
    expected: NotFoundError,
    // A gateway without `/v1/pricing` does not publish prices: `pricing()` says so.
    expectedOn: { pricing: FeatureUnavailableError },
  },
  'status 422': { fault: { type: 'status', status: 422 }, expected: ValidationError },
  'status 429 with Retry-After': {
    fault: { type: 'status', status: 429, retryAfter: 1 },
    expected: RateLimitError,
  },
  'status 429 with body retry_after': {
    fault: { type: 'status', status: 429, bodyRetryAfter: 7 },
    expected: RateLimitError,
  },
  'status 500': { fault: { type: 'status', status: 500 }, expected: UpstreamUnavailableError },
  'status 503': { fault: { type: 'status', status: 503 }, expected: UpstreamUnavailableError },
  'status 529': { fault: { type: 'status', status: 529 }, expected: OverloadedError },
  'HTML 302 redirect': { fault: { type: 'html_redirect' }, expected: UnexpectedResponseError },
  'error event mid-stream': {
    fault: { type: 'error_event', afterEvents: 3 },
    expected: StreamEventError,
    entryPoints: STREAMING,
  },
  'connection cut mid-stream': {
    fault: { type: 'cut', afterEvents: 3 },
    expected: TruncatedStreamError,
    entryPoints: STREAMING,
  },
  'stall mid-stream': {
    fault: { type: 'stall', afterEvents: 2 },
    expected: TimeoutError,
    entryPoints: STREAMING,
    client: SHORT,
  },
  'stall before the first byte': {
    fault: { type: 'stall', afterEvents: 0 },
    expected: TimeoutError,
    client: SHORT,
  },
  'an error status whose body stalls': {
    fault: { type: 'status', status: 500, stallBody: true },
    expected: TimeoutError,
    client: SHORT,
  },
  'an HTML 200 that stalls': { fault: { type: 'html', stall: true }, expected: TimeoutError, client: SHORT },
  'keep-alive pings for ever, with a total timeout': {
    fault: { type: 'keepalive', intervalMs: 20 },
    expected: TimeoutError,
    client: { totalTimeout: 800 },
  },
  'keep-alive comments for ever, with a total timeout': {
    fault: { type: 'keepalive', comments: true, intervalMs: 20 },
    expected: TimeoutError,
    entryPoints: STREAMING,
    client: { totalTimeout: 800 },
  },
  'status 401 echoing the key': {
    fault: { type: 'status', status: 401, echoKey: 'whole' },
    expected: AuthenticationError,
  },
  'status 401 echoing the start of the key': {
    fault: { type: 'status', status: 401, echoKey: 'prefix' },
    expected: AuthenticationError,
  },
  'status 401 echoing the key in base64': {
    fault: { type: 'status', status: 401, echoKey: 'base64' },
    expected: AuthenticationError,
  },
  'HTML 200 echoing the key': {
    fault: { type: 'html', echoKey: 'whole' },
    expected: UnexpectedResponseError,
  },
  'redirect carrying the key': {
    fault: { type: 'html_redirect', location: 'https://login.example/', echoKey: 'whole' },
    expected: UnexpectedResponseError,
  },
  'error event echoing the key': {
    fault: { type: 'error_event', afterEvents: 3, echoKey: 'whole' },
    expected: StreamEventError,
    entryPoints: STREAMING,
  },
  'slow tokens': { fault: { type: 'slow', tokenIntervalMs: 5 }, expected: 'success' },
  'tiny writes': { fault: { type: 'tiny_writes' }, expected: 'success' },
  'CRLF line endings': { fault: { type: 'crlf' }, expected: 'success' },
  'gzip-encoded body': { fault: { type: 'gzip' }, expected: 'success' },
};

/** What a result says, without the reply's own id and creation time (the model ids in a list stay). */
function comparable(value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as unknown;
  if (typeof copy === 'object' && copy !== null && !Array.isArray(copy)) {
    const { id: _id, created: _created, ...rest } = copy as Record<string, unknown>;
    return rest;
  }
  return copy;
}

/** Everything an error shows whoever logs it: message, stack, inspect (causes included) and JSON. */
function everythingShown(error: unknown): string {
  return [
    String(error),
    (error as Error).stack,
    inspect(error, { depth: 10, showHidden: true }),
    JSON.stringify(error),
  ].join('\n');
}

/** The first 12-character run of the key found in the text, if any. */
function leakedKey(text: string): string | undefined {
  for (let at = 0; at + 12 <= TEST_KEY.length; at++) {
    const run = TEST_KEY.slice(at, at + 12);
    if (text.includes(run)) return run;
  }
  return undefined;
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

describe.each(['anthropic', 'resayil'] as const)('fault matrix, %s profile', (profile) => {
  const env = useGateway({ profile });
  let reference: Message;
  const references = new Map<EntryPoint, unknown>();
  const params = {
    model: 'qwen3.5:397b',
    max_tokens: 200,
    messages: ask('Tell me about the sea near Kuwait.'),
  };

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    reference = await env.client.messages.create(params);
    for (const entryPoint of ENTRY_POINTS) references.set(entryPoint, await run(entryPoint, undefined));
  });
  afterEach(async () => {
    // Every request ended, one way or the other, within a bound: no socket is left waiting.
    await vi.waitFor(
      () => {
        for (const request of env.emulator.requests) {
          const ended =
            request.completedAt !== undefined || request.clientDisconnected || request.fault === 'cut';
          expect(ended, `${request.id} ${request.path} was left open`).toBe(true);
        }
      },
      { timeout: 5_000, interval: 20 },
    );
  });
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });

  async function run(entryPoint: EntryPoint, testCase: Case | undefined): Promise<unknown> {
    const headers = testCase ? { 'x-resayil-emulator': JSON.stringify({ fault: testCase.fault }) } : {};
    // Short limits only where the fault never ends: elsewhere a loaded machine must not fail a healthy stream.
    const client = new Resayil({
      apiKey: TEST_KEY,
      baseURL: env.emulator.url,
      maxRetries: 0,
      defaultHeaders: headers,
      ...testCase?.client,
    });
    const chatParams = { model: params.model, max_tokens: params.max_tokens, messages: params.messages };
    switch (entryPoint) {
      case 'messages.stream':
        return client.messages.stream(params).finalMessage();
      case 'messages.create':
        return client.messages.create(params);
      case 'chat.stream':
        return client.chat.completions.stream(chatParams).finalMessage();
      case 'chat.create':
        return client.chat.completions.create(chatParams);
      case 'route handler': {
        const handler = createChatRouteHandler({ client, model: params.model, maxTokens: params.max_tokens });
        const response = await handler(
          new Request('http://localhost/api/chat', {
            method: 'POST',
            body: JSON.stringify({ messages: params.messages }),
          }),
        );
        // Every event the browser reads (start, text, finish with its usage), not only the text.
        const events: ChatStreamEvent[] = [];
        for await (const event of readChatStream(response)) events.push(event);
        return events.map((event) => (event.type === 'start' ? { ...event, id: undefined } : event));
      }
      case 'models.list':
        return client.models.list();
      case 'health':
        return client.health();
      case 'pricing':
        return client.pricing();
    }
  }

  for (const [name, testCase] of Object.entries(CASES)) {
    for (const entryPoint of testCase.entryPoints ?? ENTRY_POINTS) {
      const expected = testCase.expectedOn?.[entryPoint] ?? testCase.expected;
      it(`${name} → ${expected === 'success' ? 'success' : expected.name} through ${entryPoint}`, async () => {
        const outcome = await run(entryPoint, testCase).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        if (expected === 'success') {
          expect(outcome.ok, outcome.ok ? '' : String(outcome.error)).toBe(true);
          // The same reply as without the fault, whatever the path: content, stop reason and all.
          if (outcome.ok) expect(comparable(outcome.value)).toEqual(comparable(references.get(entryPoint)));
          return;
        }
        expect(outcome.ok).toBe(false);
        const error = outcome.ok ? undefined : outcome.error;
        if (entryPoint === 'route handler') {
          expect(error).toBeInstanceOf(ChatStreamError);
          expect((error as ChatStreamError).info.name).toBe(expected.name);
        } else {
          expect(error).toBeInstanceOf(expected);
        }
        // No form of the key, whole or a 12-character run of it, in anything the error shows.
        expect(leakedKey(everythingShown(error)), everythingShown(error)).toBeUndefined();
        // Which limit fired (the route handler reports only the class to the browser).
        if (entryPoint !== 'route handler' && testCase.fault.type === 'keepalive') {
          expect((error as TimeoutError).kind).toBe('total');
        }
        if (
          entryPoint !== 'route handler' &&
          ['status', 'html'].includes(testCase.fault.type) &&
          testCase.client
        ) {
          expect((error as TimeoutError).kind).toBe('idle');
        }
        if (testCase.fault.type === 'stall') {
          // the client gave up and closed the connection: the server saw it
          await latestDisconnect(env.emulator, 3_000);
        }
      });
    }
  }

  it('a 429 honours the body retry_after and then succeeds', async () => {
    const client = new Resayil({ apiKey: TEST_KEY, baseURL: env.emulator.url, maxRetries: 1 });
    env.emulator.enqueue({ fault: { type: 'status', status: 429, bodyRetryAfter: 0 } });
    const before = env.emulator.requests.length;
    const message = await client.messages.stream(params).finalMessage();
    expect(message.content).toEqual(reference.content);
    expect(env.emulator.requests.length - before).toBe(2);
  });

  it('a per-request totalTimeout bounds one call, retries and pings included, and overrides the client', async () => {
    const client = new Resayil({
      apiKey: TEST_KEY,
      baseURL: env.emulator.url,
      maxRetries: 5,
      totalTimeout: 60_000,
    });
    env.emulator.enqueue({ path: '/v1/messages', fault: { type: 'keepalive', intervalMs: 20 } });
    const error = await client.messages
      .create(params, { totalTimeout: 500 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).kind).toBe('total');
    expect((error as TimeoutError).timeoutMs).toBe(500);
    expect((error as Error).message).toContain('`totalTimeout` of 500 ms');
    await latestDisconnect(env.emulator, 3_000);
    // Without the fault the same client answers as usual: the deadline ended with its call.
    expect((await client.messages.create(params, { totalTimeout: 30_000 })).content).toEqual(
      reference.content,
    );
  });

  it('a 503 is retried; a 401 is not', async () => {
    const client = new Resayil({ apiKey: TEST_KEY, baseURL: env.emulator.url, maxRetries: 2 });
    env.emulator.enqueue({ fault: { type: 'status', status: 503 } });
    const before = env.emulator.requests.length;
    await client.messages.create(params);
    expect(env.emulator.requests.length - before).toBe(2);
    const wrong = new Resayil({
      apiKey: 'sk-wrong-key-000000000000',
      baseURL: env.emulator.url,
      maxRetries: 2,
    });
    const start = env.emulator.requests.length;
    const error = await wrong.messages.create(params).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).not.toContain('sk-wrong-key-000000000000');
    expect(env.emulator.requests.length - start).toBe(1);
  });
});
