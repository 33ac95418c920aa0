import { InvalidRequestError } from '../errors/invalid-request-error.ts';

/**
 * A spending limit in US dollars shared by many requests: a client (`new Resayil({ budget })`) or
 * an n8n credential holds one, and every guarded request charges what it cost. It only counts:
 * the estimates are the toolkit's, the gateway's billing is authoritative.
 */
export class Budget {
  /** The limit, in USD. */
  readonly limitUsd: number;
  #spentUsd = 0;

  /** @param options.limitUsd the most the requests may cost together, in USD. */
  constructor(options: { limitUsd: number; spentUsd?: number }) {
    if (!Number.isFinite(options.limitUsd) || options.limitUsd < 0) {
      throw new InvalidRequestError(
        'limitUsd',
        'must be a number of dollars ≥ 0',
        'Pass e.g. { limitUsd: 5 }.',
      );
    }
    this.limitUsd = options.limitUsd;
    this.#spentUsd = Math.max(0, options.spentUsd ?? 0);
  }

  /** What the requests have cost so far, in USD. */
  get spentUsd(): number {
    return this.#spentUsd;
  }

  /** What is left, in USD (never below zero). */
  get remainingUsd(): number {
    return Math.max(0, this.limitUsd - this.#spentUsd);
  }

  /** Records what a request cost. */
  charge(usd: number): void {
    if (Number.isFinite(usd) && usd > 0) this.#spentUsd += usd;
  }
}
