import type { Message } from '../wire/anthropic.ts';
import { ResayilError } from './resayil-error.ts';

/** The figures behind a {@link BudgetExceededError}. */
export interface BudgetExceededErrorInit {
  /** The model the request was for. */
  model: string;
  /** When the guard stopped it: before sending, or while the reply streamed. */
  phase: 'before-request' | 'while-streaming';
  /** What the request could still spend, in USD (the smaller of `maxCostUsd` and the budget's remainder). */
  allowedUsd: number;
  /** The estimate that went over it, in USD. */
  estimatedUsd: number;
  /** What the estimate counted: the prompt, the worst case with `max_tokens`, or the reply so far. */
  basis: 'prompt' | 'worst-case' | 'running';
  /** The reply up to the point the stream was ended (streaming only). */
  partial?: Message | undefined;
}

const BASIS = {
  prompt: 'the prompt alone is estimated at',
  'worst-case': 'with strict: true, the worst case (the prompt plus max_tokens of reply) is estimated at',
  running: 'the reply had cost an estimated',
} as const;

/**
 * Thrown when a request would spend more than `maxCostUsd` or what is left of its `Budget`:
 * before sending (from the price and the estimated prompt tokens), or while streaming (from the
 * usage so far, or the text), in which case the stream and the upstream request are ended and the
 * reply so far is on `partial`. Amounts are estimates in USD.
 */
export class BudgetExceededError extends ResayilError {
  static override readonly errorName: string = 'BudgetExceededError';

  readonly model: string;
  readonly phase: BudgetExceededErrorInit['phase'];
  readonly allowedUsd: number;
  readonly estimatedUsd: number;
  readonly basis: BudgetExceededErrorInit['basis'];
  /** The reply up to where the stream was ended (streaming only). */
  readonly partial: Message | undefined;

  constructor(init: BudgetExceededErrorInit) {
    const when = init.phase === 'before-request' ? 'Not sent' : 'Stopped while streaming';
    super(
      `${when}: the request to "${init.model}" may spend ${usd(init.allowedUsd)}, and ${BASIS[init.basis]} ${usd(init.estimatedUsd)}. Raise maxCostUsd or the budget, shorten the prompt, or lower max_tokens.`,
      { retryable: false },
    );
    this.model = init.model;
    this.phase = init.phase;
    this.allowedUsd = init.allowedUsd;
    this.estimatedUsd = init.estimatedUsd;
    this.basis = init.basis;
    this.partial = init.partial;
  }
}

function usd(amount: number): string {
  return `$${amount < 0.01 ? amount.toFixed(6) : amount.toFixed(4)}`;
}
