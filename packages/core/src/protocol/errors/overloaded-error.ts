import { APIError, type APIErrorInit } from './api-error.ts';

/** Thrown on HTTP 529 or an `overloaded_error` body: the model has no capacity right now. Retryable. */
export class OverloadedError extends APIError {
  static override readonly errorName: string = 'OverloadedError';

  constructor(init: APIErrorInit) {
    super(
      init,
      `The model is overloaded (${init.status}): the gateway has no capacity for it right now. Send the request again in a few seconds (that is safe: nothing was generated) or choose another model.`,
      true,
    );
  }
}
