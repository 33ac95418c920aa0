import Anthropic, { type ClientOptions } from '@anthropic-ai/sdk';
import { readEnv } from '../client/read-env.ts';
import { DEFAULT_BASE_URL, MissingApiKeyError, normalizeBaseURL } from '../protocol/index.ts';

/** Options of `createAnthropicClient`: the SDK's own options, with Resayil's defaults. */
export type AnthropicClientOptions = Omit<ClientOptions, 'apiKey' | 'baseURL'> & {
  /** Default: `RESAYIL_API_KEY` (never `ANTHROPIC_API_KEY`). */
  apiKey?: string | undefined;
  /** Default: `RESAYIL_BASE_URL`, else `https://llmapi.resayil.io` (with or without `/v1`). */
  baseURL?: string | undefined;
  /** Default: `2023-06-01`, the version the gateway documents (SDK 1.x would send a newer one). */
  anthropicVersion?: string | undefined;
};

/**
 * The official `@anthropic-ai/sdk` client, configured for LLM Resayil: its base URL, the key from
 * `RESAYIL_API_KEY` sent as both `x-api-key` and `Authorization: Bearer`, and
 * `anthropic-version: 2023-06-01`. For people who follow the gateway's own guide.
 *
 * Note: the official SDK drops stream events that lack an `event:` line; where the gateway sends
 * data-only events, use `Resayil` from `@resayil/core` instead.
 */
export function createAnthropicClient(options: AnthropicClientOptions = {}): Anthropic {
  const { apiKey: givenKey, baseURL, anthropicVersion, defaultHeaders, ...rest } = options;
  const apiKey = givenKey?.trim() || readEnv('RESAYIL_API_KEY');
  if (!apiKey) throw new MissingApiKeyError();
  return new Anthropic({
    ...rest,
    apiKey,
    baseURL: normalizeBaseURL(baseURL ?? readEnv('RESAYIL_BASE_URL') ?? DEFAULT_BASE_URL),
    defaultHeaders: {
      'anthropic-version': anthropicVersion ?? '2023-06-01',
      authorization: `Bearer ${apiKey}`,
      accept: 'application/json',
      ...defaultHeaders,
    },
  });
}
