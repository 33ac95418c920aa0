import type { CatalogModel } from './catalog/catalog-model.ts';

/**
 * Which gateway the emulator imitates.
 *
 * - `anthropic`: the official Anthropic Messages wire format (and OpenAI's on the chat route).
 * - `resayil`: the quirks of the real LLM Resayil gateway (data-only SSE, no ping, whole tool input
 *   in one delta, `delta: []`, backend model names, its Laravel error bodies).
 */
export type EmulatorProfile = 'anthropic' | 'resayil';

/** Artificial latency. Both default to 0 (tests want speed). */
export interface LatencyOptions {
  /** Delay before the first byte of a response. */
  firstTokenMs?: number;
  /** Delay between two SSE events. */
  tokenIntervalMs?: number;
}

/** Options of `createEmulator()`. Every field is optional. */
export interface EmulatorOptions {
  /** TCP port on 127.0.0.1. Default: 0 (an ephemeral port). */
  port?: number;
  /** Default: `'anthropic'`. */
  profile?: EmulatorProfile;
  /** Accepted API keys. When set, any other key (or none) gets a 401. Default: any key, or none, is accepted. */
  apiKeys?: readonly string[];
  /** The model catalog. Default: `defaultCatalog`. */
  catalog?: readonly CatalogModel[];
  /** Artificial latency. Default: none. */
  latency?: LatencyOptions;
  /** The largest request body accepted, in bytes; larger ones get a 413. Default: 10 MiB. */
  bodyLimitBytes?: number;
  /**
   * How many connections the kernel may queue before the server accepts them (the `backlog` of
   * `listen`; Linux caps it at `net.core.somaxconn`). Default: 4096, so that thousands of clients
   * connecting at once are queued rather than refused or made to retry. Node's own default is 511.
   */
  backlog?: number;
}
