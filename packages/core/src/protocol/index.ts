/**
 * `@resayil/core/protocol`: the sans-IO layer. Pure functions and small state machines over
 * bytes, strings and objects: no timers, no host globals, no network calls, no Node built-ins
 * (`sans-io.test.ts` enforces it). The n8n package bundles this entry point.
 */

// Wire types
export type {
  Base64ImageSource,
  ContentBlock,
  ContentBlockDelta,
  ContentBlockDeltaEvent,
  ContentBlockParam,
  ContentBlockStartEvent,
  ContentBlockStopEvent,
  DocumentBlockParam,
  ErrorEvent,
  ErrorObject,
  ErrorResponse,
  ImageBlockParam,
  JsonSchema,
  Message,
  MessageCreateParams,
  MessageDeltaEvent,
  MessageParam,
  MessageStartEvent,
  MessageStopEvent,
  MessageStreamEvent,
  PingEvent,
  RedactedThinkingBlock,
  RedactedThinkingBlockParam,
  StopReason,
  TextBlock,
  TextBlockParam,
  ThinkingBlock,
  ThinkingBlockParam,
  ThinkingConfig,
  Tool,
  ToolChoice,
  ToolResultBlockParam,
  ToolUseBlock,
  ToolUseBlockParam,
  UnknownBlock,
  URLImageSource,
  Usage,
} from './wire/anthropic.ts';
export type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionChunkDelta,
  ChatCompletionChunkToolCallDelta,
  ChatCompletionContentPart,
  ChatCompletionContentPartImage,
  ChatCompletionContentPartText,
  ChatCompletionCreateParams,
  ChatCompletionFinishReason,
  ChatCompletionMessageParam,
  ChatCompletionMessageToolCall,
  ChatCompletionTool,
  ChatCompletionToolChoice,
  CompletionUsage,
  HealthStatus,
  Model,
  ModelList,
  ModelPricing,
  PricingList,
} from './wire/openai.ts';

// Normalized stream events
export type {
  BlockEndStreamEvent,
  MessageBeginStreamEvent,
  MessageEndStreamEvent,
  SignatureDeltaStreamEvent,
  StopReasonUpdateStreamEvent,
  StreamEvent,
  TextDeltaStreamEvent,
  ThinkingDeltaStreamEvent,
  ToolInputDeltaStreamEvent,
  ToolUseBeginStreamEvent,
  UsageUpdateStreamEvent,
} from './stream-event.ts';

// SSE and stream accumulation
export { createSSEDecoder } from './sse/create-sse-decoder.ts';
export type { SSEDecoder, SSEMessage } from './sse/create-sse-decoder.ts';
export type { StreamAccumulator, StreamAccumulatorOptions } from './stream/stream-accumulator.ts';
export { MessageAccumulator } from './anthropic/message-accumulator.ts';
export { ChatCompletionAccumulator } from './openai/chat-completion-accumulator.ts';

// Non-streamed responses and JSON
export { parseMessage } from './anthropic/parse-message.ts';
export { chatCompletionToMessage } from './openai/chat-completion-to-message.ts';
export { messagesToChatCompletion } from './openai/messages-to-chat-completion.ts';
export { parseChatCompletion } from './openai/parse-chat-completion.ts';
export { mapFinishReason } from './openai/map-finish-reason.ts';
export { mapCompletionUsage } from './openai/map-completion-usage.ts';
export { parseJsonBody } from './json/parse-json-body.ts';
export { isRecord } from './json/is-record.ts';

// Tolerance rules every adapter shares: one home, so a quirk fixed here is fixed everywhere
export { toolUseId } from './message/tool-use-id.ts';
export { messageToEvents } from './message/message-to-events.ts';
export { isJsonContentType } from './message/is-json-content-type.ts';

// Defaults, the same in every adapter
export { DEFAULT_BASE_URL } from './defaults/default-base-url.ts';
export { DEFAULT_MAX_TOKENS } from './defaults/default-max-tokens.ts';
export { parsePartialJson } from './json/parse-partial-json.ts';

// Requests
export { normalizeBaseURL } from './request/normalize-base-url.ts';
export {
  buildChatCompletionsRequest,
  buildGetRequest,
  buildMessagesRequest,
} from './request/build-request.ts';
export type { GetPath } from './request/build-request.ts';
export { validateThinking, MIN_THINKING_BUDGET } from './request/validate-thinking.ts';
export { markCacheBreakpoint } from './request/mark-cache-breakpoint.ts';
export type { CacheControl } from './request/mark-cache-breakpoint.ts';
export { DEFAULT_ANTHROPIC_VERSION } from './request/build-headers.ts';
export type { HttpRequest, RequestConfig } from './request/http-request.ts';

// Errors
export { ResayilError } from './errors/resayil-error.ts';
export type { ResayilErrorOptions } from './errors/resayil-error.ts';
export { APIError } from './errors/api-error.ts';
export type { APIErrorInit } from './errors/api-error.ts';
export { AuthenticationError } from './errors/authentication-error.ts';
export { InsufficientCreditsError } from './errors/insufficient-credits-error.ts';
export type { InsufficientCreditsErrorInit } from './errors/insufficient-credits-error.ts';
export { PermissionDeniedError } from './errors/permission-denied-error.ts';
export { NotFoundError } from './errors/not-found-error.ts';
export { ValidationError } from './errors/validation-error.ts';
export type { ValidationErrorDetails, ValidationErrorInit } from './errors/validation-error.ts';
export { RequestTooLargeError } from './errors/request-too-large-error.ts';
export { ConflictError } from './errors/conflict-error.ts';
export { RequestTimeoutError } from './errors/request-timeout-error.ts';
export { RateLimitError } from './errors/rate-limit-error.ts';
export { OverloadedError } from './errors/overloaded-error.ts';
export { UpstreamUnavailableError } from './errors/upstream-unavailable-error.ts';
export { UnexpectedResponseError } from './errors/unexpected-response-error.ts';
export type { UnexpectedResponseErrorInit } from './errors/unexpected-response-error.ts';
export { ConnectionError } from './errors/connection-error.ts';
export { TimeoutError } from './errors/timeout-error.ts';
export type { TimeoutKind } from './errors/timeout-error.ts';
export { UserAbortError } from './errors/user-abort-error.ts';
export { StreamEventError } from './errors/stream-event-error.ts';
export { TruncatedStreamError } from './errors/truncated-stream-error.ts';
export type { TruncatedStreamErrorOptions } from './errors/truncated-stream-error.ts';
export { StreamParseError } from './errors/stream-parse-error.ts';
export { InvalidToolInputError } from './errors/invalid-tool-input-error.ts';
export { InvalidRequestError } from './errors/invalid-request-error.ts';
export { MissingApiKeyError } from './errors/missing-api-key-error.ts';
export { FeatureUnavailableError } from './errors/feature-unavailable-error.ts';
export { ModelCapabilityError } from './errors/model-capability-error.ts';
export type { ModelCapabilityErrorInit } from './errors/model-capability-error.ts';
export { createAPIError } from './errors/create-api-error.ts';
export type { APIErrorInput } from './errors/create-api-error.ts';
export { redactSecrets, REDACTED, SECRET_WINDOW } from './errors/redact-secrets.ts';
export { redactError } from './errors/redact-error.ts';
export { parseRetryAfter } from './errors/parse-retry-after.ts';
export type { HeadersLike } from './errors/read-header.ts';
export { RESAYIL_WEB_ORIGIN, RESAYIL_DASHBOARD_URL, RESAYIL_TOP_UP_URL } from './errors/resayil-urls.ts';

// Model capabilities
export type { ModelCapabilities, ModelCapability } from './models/model-capabilities.ts';
export { CAPABILITY_SNAPSHOT } from './models/capability-snapshot.ts';
export { resolveCapabilities } from './models/resolve-capabilities.ts';
export { requiredCapabilities } from './models/required-capabilities.ts';
export { checkCapabilities, withAlternatives } from './models/check-capabilities.ts';
export type { ModelWithCapabilities } from './models/check-capabilities.ts';

// Retries and cost
export { retryDelay, DEFAULT_RETRY_POLICY } from './retry/retry-delay.ts';
export type { RetryPolicyOptions } from './retry/retry-delay.ts';
export { estimateCost } from './cost/estimate-cost.ts';
export type { CostEstimate, ModelPrice } from './cost/estimate-cost.ts';
export { estimateTokens, estimatePromptTokens, IMAGE_TOKENS } from './cost/estimate-tokens.ts';
export { Budget } from './cost/budget.ts';
export { priceOf } from './cost/price-of.ts';
export { CostGuard } from './cost/cost-guard.ts';
export type { CostGuardInit } from './cost/cost-guard.ts';
export { BudgetExceededError } from './errors/budget-exceeded-error.ts';
export type { BudgetExceededErrorInit } from './errors/budget-exceeded-error.ts';
