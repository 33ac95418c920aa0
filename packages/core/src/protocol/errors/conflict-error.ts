import { APIError, type APIErrorInit } from './api-error.ts';

/** Thrown on HTTP 409: a conflicting operation was in progress. Retryable. */
export class ConflictError extends APIError {
  static override readonly errorName: string = 'ConflictError';

  constructor(init: APIErrorInit) {
    super(
      init,
      `Conflict (${init.status}): the gateway could not complete the request because of a conflicting operation. Send it again (that is safe: nothing was generated).`,
      true,
    );
  }
}
