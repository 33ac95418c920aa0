import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

import { redactError, redactSecrets, ResayilError } from './protocol.ts';

/**
 * Turns anything a Resayil node caught into the error n8n shows: core's typed errors become a
 * `NodeApiError` with the typed error's message (cause and fix), its HTTP status and the item
 * index; n8n's own errors are rebuilt from their redacted text; anything else becomes a
 * `NodeOperationError`. Only a plain, secret-free summary is attached, never the original error
 * object: n8n's HTTP errors (a `NodeApiError` wrapping an `AxiosError`) carry the request config,
 * whose headers hold the key. Every form of `secrets` is redacted from every text shown.
 */
export function toNodeError(
	node: INode,
	error: unknown,
	itemIndex: number,
	secrets: readonly string[] = [],
): NodeApiError | NodeOperationError {
	if (isN8nError(error, 'NodeApiError')) {
		const { message, description, httpCode } = error as NodeApiError;
		return new NodeApiError(
			node,
			{ error: redactSecrets(message, secrets) },
			{
				message: redactSecrets(message, secrets),
				...(description ? { description: redactSecrets(description, secrets) } : {}),
				...(httpCode ? { httpCode } : {}),
				itemIndex,
			},
		);
	}
	if (isN8nError(error, 'NodeOperationError')) {
		const { message, description } = error as NodeOperationError;
		return new NodeOperationError(node, redactSecrets(message, secrets), {
			...(description ? { description: redactSecrets(description, secrets) } : {}),
			itemIndex,
		});
	}
	if (ResayilError.isInstance(error)) {
		redactError(error, secrets);
		return new NodeApiError(node, errorToJson(error, secrets), {
			message: error.message,
			description: describeOrigin(error),
			itemIndex,
			...(error.status === undefined ? {} : { httpCode: String(error.status) }),
		});
	}
	const message = error instanceof Error ? error.message : String(error);
	return new NodeOperationError(node, redactSecrets(message, secrets), { itemIndex });
}

/**
 * The JSON of a failed item when the node continues on fail: `error` (the message), `errorType`
 * (the error class) and, when known, the HTTP `status` and the gateway's `requestId`.
 */
export function errorToJson(error: unknown, secrets: readonly string[] = []): JsonObject {
	if (ResayilError.isInstance(error)) {
		const summary: JsonObject = {
			error: redactSecrets(error.message, secrets),
			errorType: error.name,
		};
		if (error.status !== undefined) summary.status = error.status;
		if (error.requestId !== undefined) summary.requestId = error.requestId;
		return summary;
	}
	const message = error instanceof Error ? error.message : String(error);
	return { error: redactSecrets(message, secrets) };
}

/**
 * Whether `error` is n8n's error class of that name: `instanceof` for the copy this package sees,
 * the name for another copy (n8n's own, when the node runs inside n8n).
 */
function isN8nError(error: unknown, name: 'NodeApiError' | 'NodeOperationError'): boolean {
	const own = name === 'NodeApiError' ? NodeApiError : NodeOperationError;
	return error instanceof own || (error instanceof Error && error.name === name);
}

/**
 * What to do about an error in n8n's terms (core's messages speak of environment variables and
 * options). It is the error's description, which is also all that n8n sends to a streaming
 * client in the `error` line, so it must make sense on its own.
 */
const N8N_HINTS: Record<string, string> = {
	AuthenticationError:
		'Check the API Key of the Resayil API credential; keys are created at https://llm.resayil.io/dashboard.',
	MissingApiKeyError: 'Enter the API Key in the Resayil API credential.',
	PermissionDeniedError: 'Check that the key of the Resayil API credential may use this model.',
	NotFoundError: 'Pick the model from the list (Model → From List) or check the model id.',
	RateLimitError: 'Wait a moment, or turn on Retry On Fail in the node settings.',
	OverloadedError:
		'Try again in a few seconds or pick another model; Retry On Fail in the node settings helps.',
	UpstreamUnavailableError: 'Try again later; Retry On Fail in the node settings helps.',
	ConnectionError: 'Check the Base URL of the Resayil API credential and the network.',
	UnexpectedResponseError:
		'Check the Base URL of the Resayil API credential, e.g. https://llmapi.resayil.io.',
	TruncatedStreamError:
		"The gateway's reply was cut off before it ended, so the answer is incomplete. Run the workflow again, or ask for a shorter reply (Max Tokens).",
	TimeoutError:
		'Raise the Timeout option of the node if the model needs longer, or try again; Retry On Fail in the node settings helps.',
	StreamEventError:
		'The gateway reported a failure in the middle of the reply. Try again in a moment, or pick another model.',
};

/** The hint of a timeout of the node's `Total Timeout`, which the `Timeout` option does not change. */
const TOTAL_TIMEOUT_HINT =
	'Raise the Total Timeout option of the node if the reply needs longer, or set it to 0 for no limit; Retry On Fail in the node settings helps.';

function describeOrigin(error: ResayilError): string {
	const topUpUrl = (error as { topUpUrl?: unknown }).topUpUrl;
	const kind = (error as { kind?: unknown }).kind;
	const hint =
		error.name === 'InsufficientCreditsError' && typeof topUpUrl === 'string'
			? `Top up your credits at ${topUpUrl}.`
			: error.name === 'TimeoutError' && kind === 'total'
				? TOTAL_TIMEOUT_HINT
				: N8N_HINTS[error.name];
	const parts = [error.name];
	if (error.status !== undefined) parts.push(`HTTP ${error.status}`);
	if (error.requestId !== undefined) parts.push(`request id ${error.requestId}`);
	const origin = parts.join(' · ');
	return hint ? `${hint} (${origin})` : origin;
}
