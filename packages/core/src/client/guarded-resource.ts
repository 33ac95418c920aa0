import type { CostGuard, HttpRequest, StreamAccumulator } from '../protocol/index.ts';
import { APIResource } from './api-resource.ts';
import { MessageStream } from './message-stream.ts';
import type { RequestGuard } from './request-guard.ts';
import type { RequestOptions, StreamOptions } from './request-options.ts';
import type { ResolvedOptions } from './resolve-options.ts';
import type { Transport } from './transport.ts';

/**
 * The base of the two model endpoints: every request passes the `RequestGuard` (capabilities,
 * spending limits) before it is sent, the gateway's refusal of an image is explained, and a
 * stream is followed by its cost guard.
 */
export abstract class GuardedResource extends APIResource {
  readonly #guard: RequestGuard;

  /** @internal */
  constructor(options: ResolvedOptions, transport: Transport, guard: RequestGuard) {
    super(options, transport);
    this.#guard = guard;
  }

  /** Sends a non-streamed request; returns its body and the cost guard to settle. */
  protected async send(
    request: HttpRequest,
    params: Parameters<RequestGuard['prepare']>[0],
    options: RequestOptions,
  ): Promise<{ text: string; response: Response; cost: CostGuard | undefined }> {
    const cost = await this.#guard.prepare(params, options);
    try {
      return { ...(await this.transport.text(request, options)), cost };
    } catch (error) {
      throw await this.#guard.explain(error, options.signal);
    }
  }

  /** A stream of the request, guarded from before it is sent to its last event. */
  protected openStream(
    request: HttpRequest,
    params: Parameters<RequestGuard['prepare']>[0],
    accumulator: StreamAccumulator,
    options: StreamOptions,
  ): MessageStream {
    let cost: CostGuard | undefined;
    return new MessageStream(
      async (signal) => {
        cost = await this.#guard.prepare(params, { ...options, signal });
        try {
          return await this.transport.open(request, signal);
        } catch (error) {
          throw await this.#guard.explain(error, signal);
        }
      },
      accumulator,
      {
        idleTimeout: this.options.idleTimeout,
        totalTimeout: options.totalTimeout ?? this.options.totalTimeout,
        secrets: [this.options.apiKey],
      },
      options.signal,
      options.onRawEvent,
      {
        observe: (event, snapshot) => cost?.observe(event, snapshot),
        settle: (usage) => cost?.settle(usage),
      },
    );
  }
}
