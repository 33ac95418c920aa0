import { NoSuchModelError, type LanguageModelV4, type ProviderV4 } from '@ai-sdk/provider';
import type { FetchFunction } from '@ai-sdk/provider-utils';
import type { Budget } from '@resayil/core';
import { CoreClientCache } from './core-client-cache.ts';
import { ResayilLanguageModel, type ResayilModelId } from './resayil-language-model.ts';

/** Settings of `createResayil()`. Every one is optional. */
export interface ResayilProviderSettings {
  /**
   * The API key, sent as `x-api-key` (and `Authorization: Bearer`). Default: the `RESAYIL_API_KEY`
   * environment variable, read at each call. `ANTHROPIC_API_KEY` is never read: it belongs to
   * another provider.
   */
  apiKey?: string;
  /**
   * The gateway, with or without `/v1`. Default: `RESAYIL_BASE_URL`, else
   * `https://llmapi.resayil.io`. The local emulator's URL works too.
   */
  baseURL?: string;
  /** Headers sent with every request (a call's `headers` are added on top). */
  headers?: Record<string, string>;
  /** The `fetch` to use, e.g. a proxy-aware one or a test double. Default: the global `fetch`. */
  fetch?: FetchFunction;
  /**
   * A spending budget (core's `Budget`) that every call of this provider draws from: a call whose
   * prompt alone is estimated over what is left is refused, and a reply that exhausts it is ended.
   */
  budget?: Budget;
}

/** The Resayil provider: call it with a model id for a `LanguageModelV4`. */
export interface ResayilProvider extends ProviderV4 {
  /** A model for `generateText`, `streamText` and the rest, e.g. `resayil('qwen3.5:397b')`. */
  (modelId: ResayilModelId): LanguageModelV4;
  /** The same as calling the provider. */
  languageModel(modelId: ResayilModelId): LanguageModelV4;
  /** Resayil serves no embedding models: throws `NoSuchModelError`. */
  embeddingModel(modelId: string): never;
  /** Resayil serves no image models: throws `NoSuchModelError`. */
  imageModel(modelId: string): never;
}

/**
 * Creates a Resayil provider for the AI SDK.
 *
 * @example
 * ```ts
 * import { createResayil } from '@resayil/ai-sdk-provider';
 * import { streamText } from 'ai';
 *
 * const resayil = createResayil({ apiKey: process.env.MY_RESAYIL_KEY });
 * const result = streamText({ model: resayil('qwen3.5:397b'), prompt: 'Hello' });
 * ```
 */
export function createResayil(settings: ResayilProviderSettings = {}): ResayilProvider {
  const clients = new CoreClientCache(() => ({
    apiKey: settings.apiKey,
    baseURL: settings.baseURL,
    fetch: settings.fetch,
    defaultHeaders: settings.headers,
    budget: settings.budget,
  }));
  const client = (callHeaders: Record<string, string | undefined> | undefined) => clients.client(callHeaders);
  const languageModel = (modelId: ResayilModelId): LanguageModelV4 =>
    new ResayilLanguageModel(modelId, { provider: 'resayil.messages', client });
  const provider = function (modelId: ResayilModelId): LanguageModelV4 {
    if (new.target)
      throw new Error('The Resayil provider is a function: call resayil(modelId) without `new`.');
    return languageModel(modelId);
  } as ResayilProvider;
  Object.assign(provider, {
    specificationVersion: 'v4' as const,
    languageModel,
    embeddingModel: (modelId: string): never => {
      throw new NoSuchModelError({ modelId, modelType: 'embeddingModel' });
    },
    imageModel: (modelId: string): never => {
      throw new NoSuchModelError({ modelId, modelType: 'imageModel' });
    },
  });
  return provider;
}

/**
 * The default provider: the key from `RESAYIL_API_KEY` and the gateway from `RESAYIL_BASE_URL`
 * (else `https://llmapi.resayil.io`), both read at each call.
 *
 * @example
 * ```ts
 * import { resayil } from '@resayil/ai-sdk-provider';
 * const { text } = await generateText({ model: resayil('qwen3.5:397b'), prompt: 'Hello' });
 * ```
 */
export const resayil: ResayilProvider = createResayil();
