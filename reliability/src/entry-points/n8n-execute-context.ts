import { Readable } from 'node:stream';
import type { IDataObject, IExecuteFunctions, IHttpRequestOptions, INode } from 'n8n-workflow';

/** How the fake n8n execution runs. */
export interface N8nRun {
  baseURL: string;
  apiKey: string;
  parameters: Record<string, unknown>;
  /** `isStreaming()`: n8n streams to its client (a streaming Chat Trigger or Webhook). */
  streaming: boolean;
  /** The execution's cancel signal (the Stop button). */
  cancelSignal?: AbortSignal;
  /** Every `sendChunk` call, serialized. */
  chunks: string[];
  /** Called with the text of each `sendChunk('item')`. */
  onText?: (text: string) => void;
}

const NODE: INode = {
  id: 'reliability-resayil',
  name: 'Resayil',
  type: 'n8n-nodes-resayil.resayil',
  typeVersion: 1,
  position: [0, 0],
  parameters: {},
};

/** An error like the ones n8n's HTTP helper throws: its request config, and so the key, rides along. */
class FakeN8nRequestError extends Error {
  override readonly name = 'NodeApiError';
  constructor(
    message: string,
    readonly config: { url: string; headers: Record<string, string> },
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }
}

/**
 * n8n's `httpRequestWithAuthentication` as far as the Resayil node uses it, over real HTTP: the
 * credential's headers (`x-api-key` and `Authorization: Bearer`), the execution's cancel signal in
 * place of the request's own (as n8n does), `encoding: 'stream'` as a Node stream that `destroy()`
 * closes, `returnFullResponse`, `ignoreHttpStatusErrors`, `disableFollowRedirect`, and `timeout`
 * the way n8n's axios applies it: only until the response headers arrive (`timeout of N ms
 * exceeded`, code `ECONNABORTED`); a body that stalls afterwards is the node's to notice.
 * Failures carry the request headers, as n8n's do, so a node that passes them on leaks the key.
 */
function httpRequestWithAuthentication(run: N8nRun) {
  return async (_credential: string, options: IHttpRequestOptions): Promise<unknown> => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(options.headers ?? {})) headers[name] = String(value);
    headers['x-api-key'] = run.apiKey;
    headers.authorization = `Bearer ${run.apiKey}`;
    const config = { url: options.url, headers };
    const socket = new AbortController();
    const timeout = Object.assign(new Error(`timeout of ${options.timeout}ms exceeded`), {
      code: 'ECONNABORTED',
    });
    const timer = options.timeout ? setTimeout(() => socket.abort(timeout), options.timeout) : undefined;
    const signals = run.cancelSignal ? [socket.signal, run.cancelSignal] : [socket.signal];
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: options.method ?? 'GET',
        headers,
        ...(typeof options.body === 'string' ? { body: options.body } : {}),
        redirect: options.disableFollowRedirect === true ? 'manual' : 'follow',
        signal: AbortSignal.any(signals),
      });
    } catch (error) {
      clearTimeout(timer);
      const cause = socket.signal.reason === timeout ? timeout : error;
      throw Object.assign(
        new FakeN8nRequestError(cause instanceof Error ? cause.message : String(cause), config, { cause }),
        cause === timeout ? { code: timeout.code } : {},
      );
    }
    if (!options.ignoreHttpStatusErrors && !response.ok) {
      clearTimeout(timer);
      throw new FakeN8nRequestError(`Request failed with status code ${response.status}`, config);
    }
    if (options.encoding !== 'stream') {
      const text = await response.text().finally(() => clearTimeout(timer));
      return options.returnFullResponse ? full(response, text) : text;
    }
    clearTimeout(timer);
    // A Node stream whose destroy() closes the connection at once, as n8n's (axios's) does.
    const reader = response.body?.getReader();
    const body = new Readable({
      read() {
        if (!reader) return void this.push(null);
        reader.read().then(
          ({ done, value }) => this.push(done ? null : value),
          (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
        );
      },
      destroy(error, callback) {
        socket.abort();
        callback(error);
      },
    });
    return options.returnFullResponse ? full(response, body) : body;
  };
}

function full(response: Response, body: unknown) {
  return {
    body,
    headers: Object.fromEntries(response.headers.entries()),
    statusCode: response.status,
    statusMessage: response.statusText,
  };
}

function parameter(
  parameters: Record<string, unknown>,
  name: string,
  fallback: unknown,
  extract: boolean,
): unknown {
  let value: unknown = parameters;
  for (const key of name.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  if (value === undefined) value = fallback;
  if (extract && typeof value === 'object' && value !== null && 'value' in value)
    return (value as { value: unknown }).value;
  return value;
}

/**
 * A mocked `IExecuteFunctions` for one item of the Resayil node: parameters, the credential,
 * streaming (`isStreaming` / `sendChunk`), the cancel signal and n8n's HTTP helper doing real HTTP.
 */
export function n8nExecuteContext(run: N8nRun): IExecuteFunctions {
  const metadata: IDataObject = {};
  return {
    getNode: () => NODE,
    getInputData: () => [{ json: {} }],
    getNodeParameter: (name: string, _item: number, fallback?: unknown, extra?: { extractValue?: boolean }) =>
      parameter(run.parameters, name, fallback, extra?.extractValue === true),
    getCredentials: async () => ({ apiKey: run.apiKey, url: run.baseURL }),
    continueOnFail: () => false,
    isStreaming: () => run.streaming,
    isToolExecution: () => false,
    sendChunk: (type: string, itemIndex: number, content?: unknown) => {
      run.chunks.push(JSON.stringify({ type, itemIndex, content }));
      if (type === 'item' && typeof content === 'string') run.onText?.(content);
    },
    getExecutionCancelSignal: () => run.cancelSignal,
    getNodeInputs: () => [{ type: 'main' }],
    getInputConnectionData: async () => [],
    getExecuteData: () => ({ node: NODE, data: { main: [] }, source: null, metadata }),
    setMetadata: (more: IDataObject) => Object.assign(metadata, more),
    helpers: { httpRequestWithAuthentication: httpRequestWithAuthentication(run) },
  } as unknown as IExecuteFunctions;
}
