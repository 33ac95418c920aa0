/**
 * Wire types of the OpenAI-compatible endpoint, `POST /v1/chat/completions`, and of the catalog,
 * `GET /v1/models`, as LLM Resayil serves them.
 *
 * Resayil quirks are part of the types: the last streamed chunk carries `delta: []` (a PHP empty
 * array), and streams carry no usage chunk.
 */

import type { ThinkingConfig } from './anthropic.ts';

export interface ChatCompletionContentPartText {
  type: 'text';
  text: string;
}

export interface ChatCompletionContentPartImage {
  type: 'image_url';
  image_url: { url: string; detail?: 'auto' | 'low' | 'high' };
}

export type ChatCompletionContentPart = ChatCompletionContentPartText | ChatCompletionContentPartImage;

export interface ChatCompletionMessageToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export type ChatCompletionMessageParam =
  | { role: 'system' | 'developer'; content: string | ChatCompletionContentPartText[]; name?: string }
  | { role: 'user'; content: string | ChatCompletionContentPart[]; name?: string }
  | {
      role: 'assistant';
      content?: string | ChatCompletionContentPartText[] | null;
      tool_calls?: ChatCompletionMessageToolCall[];
      name?: string;
    }
  | { role: 'tool'; content: string | ChatCompletionContentPartText[]; tool_call_id: string };

export interface ChatCompletionTool {
  type: 'function';
  function: { name: string; description?: string; parameters?: { [key: string]: unknown }; strict?: boolean };
}

export type ChatCompletionToolChoice =
  'none' | 'auto' | 'required' | { type: 'function'; function: { name: string } };

/** The body of `POST /v1/chat/completions`. */
export interface ChatCompletionCreateParams {
  model: string;
  messages: ChatCompletionMessageParam[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
  top_p?: number;
  frequency_penalty?: number;
  presence_penalty?: number;
  stop?: string | string[];
  tools?: ChatCompletionTool[];
  tool_choice?: ChatCompletionToolChoice;
  seed?: number;
  n?: number;
  user?: string;
  /**
   * Reasoning for reasoning models (OpenAI's field). Backends that think stream it back as
   * `reasoning_content` or `reasoning` deltas, which become thinking events.
   */
  reasoning_effort?: 'none' | 'minimal' | 'low' | 'medium' | 'high';
  /** Extended thinking in the Messages API's form, for gateways that accept it here too. */
  thinking?: ThinkingConfig;
}

export interface CompletionUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export type ChatCompletionFinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | (string & {});

/** The non-streamed response of `POST /v1/chat/completions`. */
export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: Array<{
    index: number;
    message: { role: 'assistant'; content: string | null; tool_calls?: ChatCompletionMessageToolCall[] };
    finish_reason: ChatCompletionFinishReason | null;
  }>;
  usage?: CompletionUsage;
}

export interface ChatCompletionChunkToolCallDelta {
  index: number;
  id?: string;
  type?: 'function';
  function?: { name?: string; arguments?: string };
}

export interface ChatCompletionChunkDelta {
  role?: 'assistant';
  content?: string | null;
  /** Reasoning, as DeepSeek-style backends (and vLLM) stream it. */
  reasoning_content?: string | null;
  /** Reasoning, as Ollama's OpenAI-compatible API streams it. */
  reasoning?: string | null;
  tool_calls?: ChatCompletionChunkToolCallDelta[];
}

/** One streamed chunk. `delta` is `[]` on Resayil's last chunk. */
export interface ChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: Array<{
    index: number;
    delta: ChatCompletionChunkDelta | [];
    finish_reason: ChatCompletionFinishReason | null;
  }>;
  usage?: CompletionUsage | null;
}

// ---------------------------------------------------------------------------------------------
// Catalog
// ---------------------------------------------------------------------------------------------

/** One entry of `GET /v1/models`. Resayil adds `family`, `category` and `size`. */
export interface Model {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
  family?: string;
  category?: 'chat' | 'code' | 'vision' | 'thinking' | 'tools' | 'embedding' | (string & {});
  size?: 'small' | 'medium' | 'large' | (string & {});
  context_window?: number;
  [key: string]: unknown;
}

export interface ModelList {
  object: 'list';
  data: Model[];
}

/** One entry of `GET /v1/pricing` (an extension served where the gateway publishes prices). */
export interface ModelPricing {
  model: string;
  /** USD per million input tokens. */
  input_per_million: number;
  /** USD per million output tokens. */
  output_per_million: number;
  /** USD per million cache-read input tokens, where the gateway prices them apart. */
  cache_read_per_million?: number;
  /** USD per million cache-write input tokens, where the gateway prices them apart. */
  cache_write_per_million?: number;
  currency: 'USD';
}

export interface PricingList {
  object: 'list';
  data: ModelPricing[];
}

/** `GET /v1/health` (an extension; absent on some deployments). */
export interface HealthStatus {
  status: 'ok' | 'degraded' | (string & {});
  [key: string]: unknown;
}
