import { APIError, type APIErrorInit } from './api-error.ts';

/**
 * Thrown on HTTP 500, 502, 503, 504 and any other 5xx: the gateway or the model backend behind it
 * failed. Retryable. Resayil also answers 503 when its backend rejects an unknown model.
 */
export class UpstreamUnavailableError extends APIError {
  static override readonly errorName: string = 'UpstreamUnavailableError';

  constructor(init: APIErrorInit) {
    super(
      init,
      `The gateway or its model backend is unavailable (${init.status}). This is usually temporary: send the request again later (that is safe: nothing was generated). If it happens for one model only, check its id with \`resayil models\`.`,
      true,
    );
  }
}
