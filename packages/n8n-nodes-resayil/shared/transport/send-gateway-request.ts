import type { IHttpRequestOptions } from 'n8n-workflow';

import { RESAYIL_API_CREDENTIAL } from '../credential-type.ts';
import {
	ConnectionError,
	createAPIError,
	isRecord,
	redactSecrets,
	TimeoutError,
	type HttpRequest,
	type ResayilError,
	UserAbortError,
} from '../protocol.ts';
import type { GatewayConnection } from './get-gateway-connection.ts';
import type { GatewayContext } from './gateway-context.ts';
import type { GatewayResponse } from './gateway-response.ts';
import { isAbortRequested } from './is-abort-requested.ts';
import { isAsyncIterable, readBodyText } from './read-body-text.ts';
import { startRequestDeadline, type RequestDeadline } from './request-deadline.ts';
import { executionCancelSignal, watchBody } from './watch-body.ts';

/** Headers the credential sets (n8n adds them, so the request never carries the key itself). */
const CREDENTIAL_HEADERS = new Set(['x-api-key', 'authorization']);

/**
 * Sends a request built by core's protocol layer through n8n's own HTTP helper
 * (`httpRequestWithAuthentication` with `encoding: 'stream'`), so n8n's proxy settings, SSRF
 * protection and credential handling apply. The key comes from the credential; core's copies of the
 * auth headers are dropped. Redirects are not followed (the gateway redirects invalid requests to
 * an HTML page).
 *
 * Returns the 2xx response with its body unread. Any other status is read and thrown as core's
 * typed error (`AuthenticationError`, `RateLimitError`, …); a network failure as `ConnectionError`;
 * a cancelled execution as `UserAbortError`. Messages never contain the key.
 */
export async function sendGatewayRequest(
	ctx: GatewayContext,
	connection: GatewayConnection,
	request: HttpRequest,
	signal?: AbortSignal,
): Promise<GatewayResponse> {
	const options: IHttpRequestOptions = {
		url: request.url,
		method: request.method,
		headers: withoutCredentialHeaders(request.headers),
		encoding: 'stream',
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		disableFollowRedirect: true,
		// n8n's HTTP client applies it until the response headers arrive; `readBodyChunks` watches the body.
		timeout: Math.min(connection.timeoutMs, connection.totalTimeoutMs ?? Infinity),
	};
	if (request.body !== undefined) options.body = request.body;
	if (signal) options.abortSignal = signal;

	const deadline = startRequestDeadline(connection.totalTimeoutMs);
	const stop = new AbortController();
	const outcome = await send(ctx, options, stop.signal).then(
		(response) => ({ response }),
		(error: unknown) => ({ failure: describeSendFailure(ctx, error, connection, request, signal) }),
	);
	if ('failure' in outcome) throw outcome.failure;

	const response = toGatewayResponse(outcome.response, stop, deadline);
	if (response.statusCode < 200 || response.statusCode >= 300 || isHtml(response.headers)) {
		let bodyText: string;
		try {
			// Under the idle timeout: an error page whose body never ends must not hang the node.
			bodyText = await readBodyText(watchBody(ctx, connection, response, signal));
		} catch (error) {
			// A timeout or an abort as it is; a connection dropped while reading the error: a lost
			// connection, typed as such.
			throw TimeoutError.isInstance(error) || UserAbortError.isInstance(error)
				? (error as ResayilError)
				: describeSendFailure(ctx, error, connection, request, signal);
		}
		throw createAPIError({
			status: response.statusCode,
			headers: response.headers,
			bodyText,
			secrets: [connection.apiKey],
		});
	}
	return response;
}

/**
 * Calls n8n's helper. n8n replaces the request's `abortSignal` with the execution's cancel signal,
 * and destroying the response stream it hands out does not close the connection; so the helper is
 * called on a view of the context whose cancel signal also fires on `stop`, which is how the node
 * closes the connection itself (a caller's abort, a body that went silent, a reader that stopped).
 */
async function send(
	ctx: GatewayContext,
	options: IHttpRequestOptions,
	stop: AbortSignal,
): Promise<unknown> {
	const cancel = executionCancelSignal(ctx);
	const signal = cancel ? AbortSignal.any([cancel, stop]) : stop;
	const scoped = Object.create(ctx, {
		getExecutionCancelSignal: { value: () => signal },
	}) as GatewayContext;
	return await ctx.helpers.httpRequestWithAuthentication.call(scoped, RESAYIL_API_CREDENTIAL, {
		...options,
		abortSignal: signal,
	});
}

function withoutCredentialHeaders(headers: Record<string, string>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.has(name.toLowerCase())),
	);
}

function describeSendFailure(
	ctx: GatewayContext,
	error: unknown,
	connection: GatewayConnection,
	request: HttpRequest,
	signal: AbortSignal | undefined,
): ResayilError {
	// Keep only the (redacted) text of n8n's error: its request config carries the key in headers.
	const cause = new Error(redactSecrets(messageOf(error), [connection.apiKey]));
	if (isAbortRequested(ctx, signal)) return new UserAbortError({ cause });
	if (isTimeout(error)) {
		// The headers' wait was cut short by the total timeout when that is the smaller.
		const total = connection.totalTimeoutMs;
		return total !== undefined && total < connection.timeoutMs
			? new TimeoutError({ kind: 'total', timeoutMs: total })
			: new TimeoutError({ kind: 'connect', timeoutMs: connection.timeoutMs });
	}
	return new ConnectionError({ cause, origin: new URL(request.url).origin });
}

/**
 * Whether n8n's HTTP client gave up on its `timeout`. Axios reports `timeout of N ms exceeded`
 * with code `ECONNABORTED` (or `ETIMEDOUT`), and n8n wraps that in a `NodeApiError` whose message
 * becomes "The connection was aborted…", keeping the axios error as `cause` and the code as
 * `httpCode`. (A cancelled execution is recognised before this.)
 */
function isTimeout(error: unknown): boolean {
	const candidates = [error, (error as { cause?: unknown } | undefined)?.cause];
	return candidates.some((candidate) => {
		if (typeof candidate !== 'object' || candidate === null) return false;
		const { code, httpCode } = candidate as { code?: unknown; httpCode?: unknown };
		return (
			[code, httpCode].some((value) => value === 'ECONNABORTED' || value === 'ETIMEDOUT') ||
			/timeout of \d+ ?ms exceeded/i.test(messageOf(candidate))
		);
	});
}

function messageOf(error: unknown): string {
	if (error instanceof Error) return error.message;
	return typeof error === 'string' ? error : 'unknown error';
}

function toGatewayResponse(
	raw: unknown,
	stop: AbortController,
	deadline: RequestDeadline | undefined,
): GatewayResponse {
	const record = isRecord(raw) ? raw : {};
	const statusCode = typeof record.statusCode === 'number' ? record.statusCode : 0;
	const body = isAsyncIterable(record.body) ? record.body : singleChunk(record.body);
	return {
		statusCode,
		headers: flattenHeaders(record.headers),
		// Destroying the body (what a reader that stops early does) closes the connection.
		body: {
			[Symbol.asyncIterator]: () => body[Symbol.asyncIterator](),
			destroy: () => {
				stop.abort();
				(body as { destroy?: () => void }).destroy?.();
			},
		} as AsyncIterable<unknown>,
		deadline,
	};
}

function flattenHeaders(headers: unknown): Record<string, string> {
	const flat: Record<string, string> = {};
	if (typeof headers !== 'object' || headers === null) return flat;
	for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
		if (typeof value === 'string') flat[name.toLowerCase()] = value;
		else if (typeof value === 'number') flat[name.toLowerCase()] = String(value);
		else if (Array.isArray(value)) flat[name.toLowerCase()] = value.map(String).join(', ');
	}
	return flat;
}

function isHtml(headers: Record<string, string>): boolean {
	return (headers['content-type'] ?? '').toLowerCase().includes('text/html');
}

async function* singleChunk(body: unknown): AsyncGenerator<unknown> {
	if (body !== undefined && body !== null) yield body;
}
