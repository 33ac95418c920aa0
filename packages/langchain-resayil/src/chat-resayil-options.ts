import type { ModelProfile } from '@langchain/core/language_models/profile';
import type {
  BaseChatModelCallOptions,
  BaseChatModelParams,
  BindToolsInput,
} from '@langchain/core/language_models/chat_models';
import type { Budget, CacheControl, ModelPrice, ThinkingConfig } from '@resayil/core';

/** The model `ChatResayil` uses when none is given. */
export const DEFAULT_MODEL = 'qwen3.5:397b';

/** The reply length `ChatResayil` asks for when `maxTokens` is not given: core's, as in every adapter. */
export { DEFAULT_MAX_TOKENS } from '@resayil/core';

/** Options of `new ChatResayil(fields)`. Every one is optional. */
export interface ChatResayilFields extends BaseChatModelParams {
  /** The model id, e.g. `qwen3.5:397b` (list them with `npx resayil models`). Default: {@link DEFAULT_MODEL}. */
  model?: string;
  /** Another name for `model`. */
  modelName?: string;
  /** The API key. Default: `RESAYIL_API_KEY`. `ANTHROPIC_API_KEY` is never read. */
  apiKey?: string;
  /** The gateway, with or without `/v1`. Default: `RESAYIL_BASE_URL`, else `https://llmapi.resayil.io`. */
  baseURL?: string;
  /** The most tokens the reply may use. Default: {@link DEFAULT_MAX_TOKENS}. */
  maxTokens?: number;
  /** Sampling temperature, 0 to 1. */
  temperature?: number;
  /** Nucleus sampling. */
  topP?: number;
  /** Top-k sampling. */
  topK?: number;
  /** Sequences that end the reply; a per-call `stop` replaces them. */
  stopSequences?: string[];
  /** Alias of `stopSequences`. */
  stop?: string[];
  /** Make `invoke()` stream internally (chunks reach callbacks as they arrive). Default: false. */
  streaming?: boolean;
  /** Whether streamed chunks carry `usage_metadata`; the per-call `streamUsage` option wins. Default: true. */
  streamUsage?: boolean;
  /** Extended thinking, e.g. `{ type: 'enabled', budget_tokens: 2048 }`. */
  thinking?: ThinkingConfig;
  /** Milliseconds to wait for the response headers of each attempt. Default: 120 000. */
  timeout?: number;
  /** Milliseconds a response body may stay silent before the call fails. Default: 60 000. */
  idleTimeout?: number;
  /**
   * Milliseconds one attempt may take in all, its streamed body and keep-alive pings included; past
   * it the call fails with core's `TimeoutError` of kind `total` (not retried). Default: none.
   */
  totalTimeout?: number;
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string>;
  /** Overrides of the model profile (see `ChatResayil.profile`), e.g. `{ maxInputTokens: 262144 }`. */
  profile?: Partial<ModelProfile>;
  /** The most one call may cost, in USD (estimated from the model's price); over it, `BudgetExceededError`. */
  maxCostUsd?: number;
  /** A spending limit shared by every call of this model (and any other holder of the same `Budget`). */
  budget?: Budget;
  /** Also refuse a call whose worst case (the prompt plus `maxTokens` of reply) is over. Default: false. */
  strictCost?: boolean;
  /** Prices by model id, in USD per million tokens, for the spending guard; they win over `GET /v1/pricing`. */
  prices?: Record<string, ModelPrice>;
}

/** Per-call options of `ChatResayil`. Options it does not know are ignored, never sent to the gateway. */
export interface ChatResayilCallOptions extends BaseChatModelCallOptions {
  /** Tools the model may call; `bindTools()` sets them. */
  tools?: BindToolsInput[];
  /** Whether streamed chunks carry `usage_metadata` for this call (wins over the constructor's). */
  streamUsage?: boolean;
  /** The most this call may cost, in USD (wins over the constructor's). */
  maxCostUsd?: number;
  /**
   * A prompt-cache breakpoint at the end of the conversation, as ChatAnthropic's call option does:
   * the last message's last block gets this `cache_control`. Blocks, system messages and tools can
   * also carry their own `cache_control` (see the README).
   */
  cache_control?: CacheControl;
  /**
   * A JSON schema the reply must follow, as text (set by `withStructuredOutput(schema, { method:
   * 'jsonSchema' })`; the gateway has no native format, so it becomes a system instruction).
   */
  responseSchema?: Record<string, unknown>;
}
