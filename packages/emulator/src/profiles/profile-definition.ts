import type { EmulatorProfile } from '../emulator-options.ts';
import type { ErrorDialect } from './error-dialect.ts';

/** How `/v1/messages` streams look. */
export interface MessagesStreamStyle {
  /** `event:` lines before `data:` lines. */
  eventLines: boolean;
  /** A `ping` event after the first `content_block_start`. */
  ping: boolean;
  /** Tool input split over several `input_json_delta`s (the first `""`), or all in one. */
  toolInputFragments: 'several' | 'one';
  /** Usage (with cache fields) in `message_start`; otherwise `message_start` has none. */
  usageInStart: boolean;
  /** `data: [DONE]` after `message_stop`. */
  doneSentinel: boolean;
}

/** How `/v1/chat/completions` streams look. */
export interface ChatStreamStyle {
  /** A role-only first chunk (`content: ""`), or the role riding on the first content chunk. */
  roleChunk: 'separate' | 'with-content';
  /** The last chunk's `delta`: `{}` (OpenAI) or `[]` (PHP's empty array). */
  finalDelta: 'object' | 'array';
  /** Tool arguments split over several chunks, or each call whole in one chunk. */
  toolArguments: 'several' | 'one';
  /** Whether `stream_options.include_usage` is honoured. */
  usageChunk: boolean;
  /** `chatcmpl-<alnum>` or the gateway's `chatcmpl-<uuid>`. */
  idStyle: 'plain' | 'uuid';
  /** The field reasoning rides in: `reasoning_content` (DeepSeek, vLLM) or `reasoning` (Ollama). */
  reasoningField: 'reasoning_content' | 'reasoning';
}

/** Everything that differs between the two profiles. */
export interface ProfileDefinition {
  name: EmulatorProfile;
  messagesDialect: ErrorDialect;
  chatDialect: ErrorDialect;
  /** For the catalog endpoints, unknown paths and control errors. */
  defaultDialect: ErrorDialect;
  messagesStream: MessagesStreamStyle;
  chatStream: ChatStreamStyle;
  /** `model` in responses: the requested id, or the catalog's backend name. */
  echoModel: 'requested' | 'backend';
  /** Whether usage carries Anthropic's cache fields and `service_tier`. */
  fullUsage: boolean;
  /** Whether every response carries Anthropic's `request-id` header. */
  requestIdHeader: boolean;
}
