/**
 * The parts of `@resayil/core/protocol` (the toolkit's sans-IO layer) that the nodes use.
 *
 * `@resayil/core` is a devDependency: `npm run build` compiles this file with `tsc` and then
 * replaces `dist/shared/protocol.js` with a CommonJS bundle of the same exports (core's protocol
 * plus eventsource-parser), see `scripts/bundle-protocol.mjs`. The published package therefore
 * has no runtime dependency, and every other file imports the protocol from here.
 */
export {
	Budget,
	BudgetExceededError,
	CAPABILITY_SNAPSHOT,
	checkCapabilities,
	CostGuard,
	FeatureUnavailableError,
	ModelCapabilityError,
	NotFoundError,
	requiredCapabilities,
	resolveCapabilities,
	buildGetRequest,
	buildMessagesRequest,
	ConnectionError,
	createAPIError,
	createSSEDecoder,
	parseJsonBody,
	parseMessage,
	priceOf,
	InvalidRequestError,
	redactError,
	InvalidToolInputError,
	MessageAccumulator,
	normalizeBaseURL,
	redactSecrets,
	ResayilError,
	TimeoutError,
	TruncatedStreamError,
	UnexpectedResponseError,
	UserAbortError,
	withAlternatives,
} from '@resayil/core/protocol';
export type {
	ContentBlock,
	ContentBlockParam,
	HttpRequest,
	ImageBlockParam,
	Message,
	MessageCreateParams,
	MessageParam,
	Model,
	ModelCapabilities,
	ModelList,
	ModelPrice,
	PricingList,
	RequestConfig,
	StopReason,
	StreamEvent,
	TextBlockParam,
	ThinkingConfig,
	Tool,
	ToolResultBlockParam,
	ToolUseBlock,
	Usage,
} from '@resayil/core/protocol';
