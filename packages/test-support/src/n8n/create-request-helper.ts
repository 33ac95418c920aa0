import type { IHttpRequestOptions } from 'n8n-workflow';
import type { N8nConnection } from './n8n-connection.ts';
import { performHttpRequest, type PerformedRequest } from './perform-http-request.ts';

/**
 * A fake context's `httpRequestWithAuthentication`: n8n's real helper, through
 * {@link performHttpRequest}. Like in n8n, it replaces the request's `abortSignal` with the cancel
 * signal of the context it is called on (so a caller's own signal never reaches the socket). Each
 * request is recorded in `requests`; `onBodyChunk` runs for every chunk of a streamed body.
 */
export function createRequestHelper(
  connection: N8nConnection,
  requests: PerformedRequest[],
  options: { cancelSignal?: AbortSignal | undefined; onBodyChunk?: () => void } = {},
) {
  // A function, not an arrow: like n8n's, the helper reads the cancel signal from the `this` the
  // node calls it on.
  return async function (
    this: { getExecutionCancelSignal?: () => AbortSignal | undefined } | undefined,
    _credentialType: string,
    request: IHttpRequestOptions,
  ): Promise<unknown> {
    const cancelSignal =
      typeof this?.getExecutionCancelSignal === 'function'
        ? this.getExecutionCancelSignal()
        : options.cancelSignal;
    return await performHttpRequest(
      connection,
      { ...request },
      {
        log: requests,
        cancelSignal,
        ...(options.onBodyChunk ? { observer: { onChunk: options.onBodyChunk } } : {}),
      },
    );
  };
}
