import type { Budget } from '../protocol/index.ts';
import {
  CostGuard,
  ModelCapabilityError,
  checkCapabilities,
  requiredCapabilities,
  withAlternatives,
  type CostGuardInit,
} from '../protocol/index.ts';
import type { Models } from './models.ts';
import type { PriceBook } from './price-book.ts';

/** The spending limits of a request. */
export interface SpendingOptions {
  /** The most this request may cost, in USD (an estimate from the model's price). */
  maxCostUsd?: number | undefined;
  /** The budget this request draws from and is charged to (default: the client's `budget`). */
  budget?: Budget | undefined;
  /** Also refuse when the worst case (the prompt plus `max_tokens` of reply) is over. Default: false. */
  strict?: boolean | undefined;
}

/**
 * What happens before a request is sent and after the gateway refuses it: images and documents
 * are checked against the model's capabilities, and, with a `maxCostUsd` or a budget, the cost is
 * estimated and a `CostGuard` returned to follow the reply. Internal.
 */
export class RequestGuard {
  readonly #models: Models;
  readonly #prices: PriceBook;
  readonly #budget: Budget | undefined;

  constructor(models: Models, prices: PriceBook, budget: Budget | undefined) {
    this.#models = models;
    this.#prices = prices;
    this.#budget = budget;
  }

  /** Checks the request; returns the cost guard to follow it with, when it has spending limits. */
  async prepare(
    params: CostGuardInit['params'],
    options: SpendingOptions & { signal?: AbortSignal | undefined },
  ): Promise<CostGuard | undefined> {
    if (requiredCapabilities(params).length > 0) {
      checkCapabilities(params, await this.#models.withCapabilities({ signal: options.signal }));
    }
    const budget = options.budget ?? this.#budget;
    if (options.maxCostUsd === undefined && budget === undefined) return undefined;
    const price = await this.#prices.priceOf(params.model, options.signal);
    const guard = new CostGuard({
      params,
      price,
      maxCostUsd: options.maxCostUsd,
      budget,
      strict: options.strict,
    });
    guard.checkBeforeSend();
    return guard;
  }

  /** The gateway's refusal of an image, completed with the catalog's models that can read it. */
  async explain(error: unknown, signal?: AbortSignal): Promise<unknown> {
    if (!(error instanceof ModelCapabilityError) || error.alternatives.length > 0) return error;
    const catalog = await this.#models.withCapabilities({ signal }).catch(() => undefined);
    return catalog ? withAlternatives(error, catalog) : error;
  }
}
