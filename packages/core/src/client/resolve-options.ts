import {
  DEFAULT_BASE_URL,
  MissingApiKeyError,
  normalizeBaseURL,
  type Budget,
  type ModelPrice,
  type RequestConfig,
} from '../protocol/index.ts';
import { readEnv } from './read-env.ts';

/** Options of `new Resayil(options)`. Every one is optional. */
export interface ResayilOptions {
  /** The API key. Default: `RESAYIL_API_KEY`. `ANTHROPIC_API_KEY` is never read: it belongs to another provider. */
  apiKey?: string | undefined;
  /** The gateway, with or without `/v1`. Default: `RESAYIL_BASE_URL`, else `https://llmapi.resayil.io`. */
  baseURL?: string | undefined;
  /** The `fetch` to use (a proxy-aware one, a test double). Default: the global `fetch`. */
  fetch?: typeof fetch | undefined;
  /** Milliseconds to wait for the response headers of each attempt. Default: 120 000. */
  timeout?: number | undefined;
  /** Milliseconds a response body (success or error) may stay silent before the request fails. Default: 60 000. */
  idleTimeout?: number | undefined;
  /**
   * Milliseconds the whole call may take, retries, the streamed body and keep-alive pings
   * included; past it the call fails with a `TimeoutError` of kind `total`. Default: none.
   */
  totalTimeout?: number | undefined;
  /** Retries of a failed attempt before its body starts (429, 5xx, connection failures). Default: 2. */
  maxRetries?: number | undefined;
  /** Headers sent with every request (they may override the defaults). */
  defaultHeaders?: Record<string, string> | undefined;
  /** The `anthropic-version` header of Messages requests. Default: `2023-06-01`. */
  anthropicVersion?: string | undefined;
  /**
   * A spending limit shared by every request of this client (`new Budget({ limitUsd: 5 })`): a
   * request estimated over what is left is refused, a stream that runs over it is ended.
   */
  budget?: Budget | undefined;
  /** Prices by model id, in USD per million tokens; they win over the gateway's `GET /v1/pricing`. */
  prices?: Record<string, ModelPrice> | undefined;
}

/** Options with every default applied. */
export interface ResolvedOptions extends RequestConfig {
  fetch: typeof fetch;
  timeout: number;
  idleTimeout: number;
  totalTimeout: number | undefined;
  maxRetries: number;
}

/** Applies defaults and environment variables; throws `MissingApiKeyError` when no key is found. */
export function resolveOptions(options: ResayilOptions = {}): ResolvedOptions {
  const apiKey = options.apiKey?.trim() || readEnv('RESAYIL_API_KEY');
  if (!apiKey) throw new MissingApiKeyError();
  return {
    apiKey,
    baseURL: normalizeBaseURL(options.baseURL ?? readEnv('RESAYIL_BASE_URL') ?? DEFAULT_BASE_URL),
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeout: positive(options.timeout, 120_000),
    idleTimeout: positive(options.idleTimeout, 60_000),
    totalTimeout: positive(options.totalTimeout, undefined),
    maxRetries: Math.max(0, Math.floor(options.maxRetries ?? 2)),
    defaultHeaders: options.defaultHeaders ?? {},
    anthropicVersion: options.anthropicVersion ?? '2023-06-01',
  };
}

function positive<T extends number | undefined>(value: number | undefined, fallback: T): number | T {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
