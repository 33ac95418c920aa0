import { PromptCache } from './caching/prompt-cache.ts';
import { setMaxListeners } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultCatalog } from './catalog/default-catalog.ts';
import type { Emulator } from './emulator.ts';
import type { EmulatorOptions } from './emulator-options.ts';
import { resetEmulatorState, type EmulatorState } from './emulator-state.ts';
import { createRequestHandler } from './http/handle-request.ts';
import { RequestLog } from './log/request-log.ts';
import { profileByName } from './profiles/profile-by-name.ts';
import { parseStep } from './scripting/parse-step.ts';
import { StepQueue } from './scripting/step-queue.ts';
import { ThinkingSeals } from './thinking/thinking-seals.ts';

const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;
const DEFAULT_WAIT_MS = 5_000;
const DEFAULT_BACKLOG = 4096;

/**
 * Starts an emulator: a real HTTP server on 127.0.0.1 (an ephemeral port unless `port` is given)
 * that speaks the LLM Resayil gateway's API. Resolves once it listens.
 *
 * @example
 * const emulator = await createEmulator({ profile: 'resayil' });
 * const res = await fetch(`${emulator.url}/v1/models`);
 * await emulator.close();
 */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const profileName = options.profile ?? 'anthropic';
  if (profileName !== 'anthropic' && profileName !== 'resayil') {
    throw new TypeError(`Unknown emulator profile '${String(profileName)}': use 'anthropic' or 'resayil'`);
  }
  const closing = new AbortController();
  // Every open exchange listens for the close: one listener per request in flight, by design.
  setMaxListeners(0, closing.signal);
  const state: EmulatorState = {
    profile: profileByName(profileName),
    catalog: options.catalog ?? defaultCatalog,
    apiKeys: options.apiKeys,
    latency: { ...options.latency },
    bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
    log: new RequestLog(),
    queue: new StepQueue(),
    promptCache: new PromptCache(),
    thinkingSeals: new ThinkingSeals(),
    closing: closing.signal,
  };
  const server = createServer({ noDelay: true }, createRequestHandler(state));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', options.backlog ?? DEFAULT_BACKLOG, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    profile: profileName,
    requests: state.log.entries,
    enqueue(step) {
      const steps = Array.isArray(step) ? step : [step];
      state.queue.push(...steps.map(parseStep));
    },
    reset() {
      resetEmulatorState(state);
    },
    waitForRequest(predicate = () => true, timeoutMs = DEFAULT_WAIT_MS) {
      return state.log.waitForRequest(predicate, timeoutMs);
    },
    waitForDisconnect(requestId, timeoutMs = DEFAULT_WAIT_MS) {
      return state.log.waitForDisconnect(requestId, timeoutMs);
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
