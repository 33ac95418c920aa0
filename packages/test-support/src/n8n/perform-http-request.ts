import { getRequestHelperFunctions } from 'n8n-core/dist/execution-engine/node-execution-context/utils/request-helpers/factory.js';
import type {
  ICredentialDataDecryptedObject,
  IHttpRequestOptions,
  IWorkflowExecuteAdditionalData,
  Workflow,
} from 'n8n-workflow';
import type { N8nConnection } from './n8n-connection.ts';
import { resolveExpression } from './resolve-expression.ts';

/** What the test HTTP helper records of each request (the headers as sent, key included). */
export interface PerformedRequest {
  options: IHttpRequestOptions;
  headers: Record<string, string>;
}

/** Hooks into the response body, to see when bytes are read. */
export interface BodyObserver {
  onChunk?: (chunk: Uint8Array) => void;
}

/** What else a request may be given: a log of what was sent, a body observer, the execution's cancel signal. */
export interface RequestExtras {
  log?: PerformedRequest[];
  observer?: BodyObserver;
  cancelSignal?: AbortSignal | undefined;
}

/**
 * n8n's own `httpRequestWithAuthentication` (from `n8n-core` 2.41.1, the version n8n 2.41.1 runs),
 * doing real HTTP with n8n's axios client: its Node stream for `encoding: 'stream'`, gzip, its
 * `timeout` (until the response headers), `ignoreHttpStatusErrors`, `disableFollowRedirect`, the
 * execution's cancel signal in place of the request's own, and its failures: a `NodeApiError`
 * wrapping the `AxiosError`, whose `config.headers` carry the key.
 *
 * Only what lives in the `n8n` server package is stood in for: the credentials helper, which here
 * applies the credential type's `authenticate` headers, resolved by n8n's expression engine (what
 * n8n's `CredentialsHelper.authenticate` does for a generic credential).
 */
export async function performHttpRequest(
  connection: N8nConnection,
  options: IHttpRequestOptions,
  { log = [], observer = {}, cancelSignal }: RequestExtras = {},
): Promise<unknown> {
  const { credentialType, credentials, node } = connection;
  const authenticate = credentialType.authenticate;
  const authHeaders =
    typeof authenticate === 'object' && authenticate.type === 'generic'
      ? (authenticate.properties.headers ?? {})
      : {};
  const additionalData = {
    credentialsHelper: {
      getParentTypes: () => [],
      preAuthentication: async () => undefined,
      authenticate: async (
        decrypted: ICredentialDataDecryptedObject,
        _type: string,
        request: IHttpRequestOptions,
      ) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(request.headers ?? {})) headers[name] = String(value);
        for (const [name, value] of Object.entries(authHeaders)) {
          headers[name] = String(resolveExpression(String(value), { $credentials: decrypted }));
        }
        log.push({ options: request, headers });
        return { ...request, headers };
      },
    },
  } as unknown as IWorkflowExecuteAdditionalData;
  const helpers = getRequestHelperFunctions({} as Workflow, node, additionalData);
  const context = {
    getNode: () => node,
    getCredentials: async () => ({ ...credentials }),
    getExecutionCancelSignal: () => cancelSignal,
    helpers,
  };
  const response: unknown = await helpers.httpRequestWithAuthentication.call(
    context as never,
    credentialType.name,
    options,
  );
  if (options.encoding !== 'stream' || !observer.onChunk) return response;
  const full = response as { body: AsyncIterable<Uint8Array> & { destroy(): void } };
  return { ...full, body: observed(full.body, observer) };
}

/** The body as n8n hands it out (iterable, destroyable), telling the observer of every chunk. */
function observed(body: AsyncIterable<Uint8Array> & { destroy(): void }, observer: BodyObserver) {
  return {
    async *[Symbol.asyncIterator]() {
      for await (const chunk of body) {
        observer.onChunk?.(chunk);
        yield chunk;
      }
    },
    destroy: () => body.destroy(),
  };
}
