import { createRequire } from 'node:module';
import { createExecuteContext } from '@resayil-internal/test-support/n8n';
import { ResayilApi } from 'n8n-nodes-resayil/dist/credentials/ResayilApi.credentials.js';
import { Resayil } from 'n8n-nodes-resayil/dist/nodes/Resayil/Resayil.node.js';
import type { INode, NodeApiError as NodeApiErrorClass } from 'n8n-workflow';
import { MODEL, PROMPT, TIMEOUTS, type CallEnv, type EntryPoint } from './entry-point.ts';

const PARAMETERS = {
  resource: 'text',
  operation: 'message',
  modelId: { __rl: true, mode: 'id', value: MODEL },
  messages: { values: [{ content: PROMPT, role: 'user' }] },
  simplify: true,
  // The node's Timeout is for the first byte and for silence mid-reply; its Total Timeout for the whole request.
  options: { maxTokens: 300, timeout: TIMEOUTS.timeout, totalTimeout: TIMEOUTS.totalTimeout },
};

const NODE: INode = {
  id: 'reliability-resayil',
  name: 'Resayil',
  type: 'n8n-nodes-resayil.resayil',
  typeVersion: 1,
  position: [0, 0],
  parameters: {},
};

const CREDENTIAL = new ResayilApi();

/**
 * The `NodeApiError` class the built node throws: n8n-workflow's CommonJS build, the copy its
 * `require` resolves to (an ES import here would load the other build, another class).
 */
export const { NodeApiError } = createRequire(import.meta.url)('n8n-workflow') as {
  NodeApiError: typeof NodeApiErrorClass;
};

/**
 * Runs the node's `execute()` for one item, its requests made by n8n-core's real
 * `httpRequestWithAuthentication` (axios, its Node stream, its `NodeApiError`); resolves with the
 * item's `text`.
 */
async function execute(env: CallEnv, streaming: boolean): Promise<string> {
  const { ctx, chunks } = createExecuteContext({
    credentialType: CREDENTIAL,
    credentials: { apiKey: env.apiKey, url: env.baseURL },
    node: NODE,
    parameters: PARAMETERS,
    streaming,
    cancelSignal: env.signal,
    onChunk: ({ type, content }) => {
      if (type === 'item' && typeof content === 'string') env.onText?.(content);
    },
  });
  try {
    const [items = []] = await new Resayil().execute.call(ctx);
    env.outputs.push(JSON.stringify(items));
    const json = items[0]?.json as { text?: unknown } | undefined;
    return typeof json?.text === 'string' ? json.text : '';
  } finally {
    env.outputs.push(...chunks.map((chunk) => JSON.stringify(chunk)));
  }
}

/** n8n errors are n8n-workflow's {@link NodeApiError}: the typed error's class is its `errorType`. */
function errorName(error: unknown): string | undefined {
  if (!(error instanceof NodeApiError)) return undefined;
  const response = (error as { errorResponse?: { errorType?: unknown } }).errorResponse;
  return typeof response?.errorType === 'string' ? response.errorType : undefined;
}

/** `n8n-nodes-resayil`: the Resayil node's Text → Message a Model, run by n8n with and without streaming to its client. */
export const N8N_ENTRY_POINTS: EntryPoint[] = [
  {
    name: 'n8n Resayil node',
    streamed: true,
    reportsText: false,
    path: '/v1/messages',
    call: (env) => execute(env, false),
    errorName,
    abortOutcome: 'UserAbortError',
  },
  {
    name: 'n8n Resayil node, streaming to n8n',
    streamed: true,
    path: '/v1/messages',
    call: (env) => execute(env, true),
    errorName,
    abortOutcome: 'UserAbortError',
  },
];
