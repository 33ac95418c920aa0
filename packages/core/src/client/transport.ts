import {
  ConnectionError,
  ResayilError,
  TimeoutError,
  UnexpectedResponseError,
  UserAbortError,
  createAPIError,
  redactError,
  retryDelay,
  type HttpRequest,
} from '../protocol/index.ts';
import { abortReason } from './abort-reason.ts';
import { abortableSleep } from './abortable-sleep.ts';
import { startCallDeadline } from './call-deadline.ts';
import { readText } from './read-text.ts';
import { RequestController } from './request-controller.ts';
import type { ResolvedOptions } from './resolve-options.ts';

/** An HTTP response whose status was a success, with the controller that can still abort it. */
export interface OpenResponse {
  response: Response;
  controller: RequestController;
  requestId: string | undefined;
}

/**
 * Sends one logical request: connect timeout, retries with backoff and jitter (only before a
 * response body is handed out, so tokens are never duplicated), abort from the caller's signal,
 * an idle timeout over every body it reads (error bodies included), and every failure turned
 * into a typed error from which every form of the API key is removed.
 */
export class Transport {
  readonly #options: ResolvedOptions;

  constructor(options: ResolvedOptions) {
    this.#options = options;
  }

  /** What no error may show: the API key. */
  get secrets(): readonly string[] {
    return [this.#options.apiKey];
  }

  /** Sends the request and resolves once a successful response's headers have arrived. */
  async open(request: HttpRequest, signal?: AbortSignal): Promise<OpenResponse> {
    try {
      return await this.#open(request, signal);
    } catch (error) {
      throw redactError(error, this.secrets);
    }
  }

  async #open(request: HttpRequest, signal: AbortSignal | undefined): Promise<OpenResponse> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#attempt(request, signal);
      } catch (error) {
        const delay = retryDelay(error, attempt, { maxRetries: this.#options.maxRetries });
        if (delay === undefined) throw error;
        await abortableSleep(delay, signal).catch((reason: unknown) => {
          throw reason instanceof ResayilError ? reason : new UserAbortError({ cause: reason });
        });
      }
    }
  }

  /**
   * Sends the request and reads the whole body as text (for non-streamed calls). Retries happen
   * only until the response headers arrive: a body that fails halfway is not sent again, since
   * the gateway has already generated (and billed) it.
   */
  async text(
    request: HttpRequest,
    options: { signal?: AbortSignal | undefined; totalTimeout?: number | undefined } = {},
  ): Promise<{ text: string; response: Response }> {
    const deadline = startCallDeadline(options.signal, options.totalTimeout ?? this.#options.totalTimeout);
    try {
      const open = await this.open(request, deadline.signal);
      try {
        return { text: await readText(open, this.#options.idleTimeout), response: open.response };
      } finally {
        open.controller.dispose();
      }
    } catch (error) {
      throw redactError(error, this.secrets);
    } finally {
      deadline.dispose();
    }
  }

  async #attempt(request: HttpRequest, signal: AbortSignal | undefined): Promise<OpenResponse> {
    const controller = new RequestController(signal);
    const timeout = this.#options.timeout;
    const timer = setTimeout(
      () => controller.abort(new TimeoutError({ kind: 'connect', timeoutMs: timeout })),
      timeout,
    );
    let response: Response;
    try {
      response = await this.#options.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
        signal: controller.signal,
        redirect: 'manual',
      });
    } catch (error) {
      controller.dispose();
      throw (
        abortReason(controller) ??
        new ConnectionError({ cause: error, origin: new URL(request.url).origin, secrets: this.secrets })
      );
    } finally {
      clearTimeout(timer);
    }
    if (response.ok) {
      const contentType = response.headers.get('content-type') ?? '';
      if (!contentType.includes('html')) {
        return { response, controller, requestId: requestIdOf(response) };
      }
    }
    try {
      // Read under the idle timeout: an error page whose body never ends must not hang the call.
      const bodyText =
        response.type === 'opaqueredirect'
          ? ''
          : await readText({ response, controller, requestId: undefined }, this.#options.idleTimeout);
      throw response.ok
        ? new UnexpectedResponseError({
            status: response.status,
            contentType: response.headers.get('content-type'),
            bodyText,
            requestId: requestIdOf(response),
            secrets: this.secrets,
          })
        : createAPIError({
            status: response.type === 'opaqueredirect' ? 302 : response.status,
            headers: response.headers,
            bodyText,
            secrets: this.secrets,
          });
    } catch (error) {
      throw abortReason(controller) ?? error;
    } finally {
      controller.dispose();
    }
  }
}

function requestIdOf(response: Response): string | undefined {
  return response.headers.get('request-id') ?? response.headers.get('x-request-id') ?? undefined;
}
