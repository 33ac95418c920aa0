import { NodeApiError, type IHttpRequestOptions, type JsonObject } from 'n8n-workflow';

import { ResayilApi } from '../../credentials/ResayilApi.credentials.ts';
import { resolveExpression } from './resolve-expression.ts';
import { RESAYIL_NODE } from './test-nodes.ts';

/** The decrypted `Resayil API` credential. */
export interface TestCredentials {
	apiKey: string;
	url: string;
	/** The credential's Spending Limit (USD). */
	spendingLimitUsd?: number;
}

/** What the test HTTP helper records of each request (the headers as sent, key included). */
export interface PerformedRequest {
	options: IHttpRequestOptions;
	headers: Record<string, string>;
}

/** Hooks into the response body, to see when bytes are read. */
export interface BodyObserver {
	onChunk?: (chunk: Uint8Array) => void;
}

/**
 * A stand-in for n8n's `httpRequestWithAuthentication` that performs real HTTP with `fetch`: it
 * applies the credential's `authenticate` headers (resolved by n8n's expression engine), then
 * honours the options the nodes use (`encoding: 'stream'`, `returnFullResponse`,
 * `ignoreHttpStatusErrors`, `disableFollowRedirect`, `abortSignal`, `timeout`) the way n8n's
 * helper does. Like n8n's axios, `timeout` only runs until the response headers arrive, and fails
 * with `timeout of N ms exceeded` (code `ECONNABORTED`), wrapped in a `NodeApiError` as n8n does.
 */
export async function performHttpRequest(
	credentials: TestCredentials,
	options: IHttpRequestOptions,
	log: PerformedRequest[] = [],
	observer: BodyObserver = {},
): Promise<unknown> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(options.headers ?? {})) headers[name] = String(value);
	const auth = new ResayilApi().authenticate.properties.headers ?? {};
	for (const [name, value] of Object.entries(auth)) {
		headers[name] = String(resolveExpression(String(value), { $credentials: credentials }));
	}
	log.push({ options, headers });
	// Like the Node stream n8n returns, the body can be destroyed, which closes the connection.
	const local = new AbortController();
	const signals = options.abortSignal
		? [local.signal, options.abortSignal as AbortSignal]
		: [local.signal];
	const init: RequestInit = {
		method: options.method ?? 'GET',
		headers,
		redirect: options.disableFollowRedirect === true ? 'manual' : 'follow',
	};
	if (typeof options.body === 'string') init.body = options.body;
	init.signal = AbortSignal.any(signals);
	const response = await fetchWithTimeout(options.url, init, local, options.timeout);
	if (!options.ignoreHttpStatusErrors && !response.ok) {
		throw new Error(`Request failed with status code ${response.status}`);
	}
	const body =
		options.encoding === 'stream'
			? { [Symbol.asyncIterator]: () => observe(response, observer), destroy: () => local.abort() }
			: await response.text();
	if (!options.returnFullResponse) return body;
	return {
		body,
		headers: Object.fromEntries(response.headers.entries()),
		statusCode: response.status,
		statusMessage: response.statusText,
	};
}

async function fetchWithTimeout(
	url: string,
	init: RequestInit,
	local: AbortController,
	timeout: number | undefined,
): Promise<Response> {
	if (!timeout) return await fetch(url, init);
	const error = Object.assign(new Error(`timeout of ${timeout}ms exceeded`), {
		code: 'ECONNABORTED',
	});
	let answered = false;
	AbortSignal.timeout(timeout).addEventListener('abort', () => {
		if (!answered) local.abort(error);
	});
	try {
		return await fetch(url, init);
	} catch (caught) {
		// n8n wraps its client's errors (typed as JSON, passed as the axios Error itself): "The
		// connection was aborted, perhaps the server is offline".
		throw local.signal.reason === error
			? new NodeApiError(RESAYIL_NODE, error as unknown as JsonObject)
			: caught;
	} finally {
		answered = true;
	}
}

async function* observe(response: Response, observer: BodyObserver): AsyncGenerator<Uint8Array> {
	if (!response.body) return;
	for await (const chunk of response.body) {
		observer.onChunk?.(chunk);
		yield chunk;
	}
}
