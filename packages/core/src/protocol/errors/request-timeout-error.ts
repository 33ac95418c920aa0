import { APIError, type APIErrorInit } from './api-error.ts';

/** Thrown on HTTP 408: the gateway gave up waiting for the request. Retryable. */
export class RequestTimeoutError extends APIError {
  static override readonly errorName: string = 'RequestTimeoutError';

  constructor(init: APIErrorInit) {
    super(
      init,
      `Request timeout (${init.status}): the gateway timed out while receiving the request. Send it again (that is safe: nothing was generated). If it persists, check the network between you and the gateway.`,
      true,
    );
  }
}
