/**
 * `@resayil/core`: the streaming client for LLM Resayil.
 *
 * The protocol layer (wire types, normalized stream events, SSE decoding, accumulators, typed
 * errors, retry policy, request building) is re-exported here and available alone as
 * `@resayil/core/protocol`.
 */
export * from './protocol/index.ts';

export { Resayil, type HealthResult, type CostEstimate } from './client/resayil.ts';
export type { ResayilOptions } from './client/resolve-options.ts';
export type { RequestOptions, StreamOptions } from './client/request-options.ts';
export { Messages } from './client/messages.ts';
export { ChatCompletions } from './client/chat-completions.ts';
export { Models, type ModelInfo } from './client/models.ts';
export type { SpendingOptions } from './client/request-guard.ts';
export { MessageStream } from './client/message-stream.ts';
export {
  ToolRun,
  type ToolRunParams,
  type ToolRunEvent,
  type ToolRunResult,
  type ToolResultEvent,
  type RoundStartEvent,
} from './client/tool-run.ts';
export type { ToolDefinition, ToolContext, StandardJsonSchema } from './client/tool-definition.ts';
export { ToolRoundsExceededError } from './client/tool-rounds-exceeded-error.ts';

export { createChatRouteHandler, type ChatRouteOptions } from './web/create-chat-route-handler.ts';
export { toChatStreamError } from './web/to-chat-stream-error.ts';
export type { ChatRequest } from './web/parse-chat-request.ts';
export { readChatStream } from './web/read-chat-stream.ts';
export { ChatStreamError } from './web/chat-stream-error.ts';
export type { ChatStreamEvent, ChatStreamErrorInfo } from './web/chat-stream-event.ts';
