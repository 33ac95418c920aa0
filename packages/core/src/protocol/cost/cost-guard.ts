import { BudgetExceededError } from '../errors/budget-exceeded-error.ts';
import type { StreamEvent } from '../stream-event.ts';
import type { Message, Usage } from '../wire/anthropic.ts';
import type { Budget } from './budget.ts';
import { estimateCost, type ModelPrice } from './estimate-cost.ts';
import { countChars, estimatePromptTokens, tokensOfChars } from './estimate-tokens.ts';

/** What a {@link CostGuard} guards: one request, its model's price and its limits. */
export interface CostGuardInit {
  /** The request's params (either endpoint): model, messages, system, tools, max_tokens. */
  params: {
    model: string;
    messages?: unknown;
    system?: unknown;
    tools?: unknown;
    max_tokens?: number | undefined;
    max_completion_tokens?: number | undefined;
  };
  /** The model's price. */
  price: ModelPrice;
  /** The most this request may cost, in USD. */
  maxCostUsd?: number | undefined;
  /** The budget it draws from (and is charged to). */
  budget?: Budget | undefined;
  /** Also refuse when the worst case (the prompt plus `max_tokens` of reply) is over. Default: false. */
  strict?: boolean | undefined;
}

/**
 * The spending guard of one request, sans-IO. `checkBeforeSend()` refuses a request whose prompt
 * alone (with `strict`, whose worst case) is estimated over what it may spend; `observe(event)`
 * follows a stream (usage when the gateway reports it, otherwise the text so far) and returns a
 * `BudgetExceededError` (with the partial reply) once the running cost goes over, for the caller
 * to end the stream and the request with; `settle()` charges the budget once, at the end.
 */
export class CostGuard {
  readonly #init: CostGuardInit;
  readonly #promptTokens: number;
  #usage: Usage = {};
  /** Characters of reply so far, counted as they arrive (the reply itself is not kept). */
  #outputChars = 0;
  #settled = false;

  constructor(init: CostGuardInit) {
    this.#init = init;
    this.#promptTokens = estimatePromptTokens(init.params);
  }

  /** What the request may spend, in USD: the smaller of `maxCostUsd` and the budget's remainder. */
  get allowedUsd(): number {
    const limits = [this.#init.maxCostUsd, this.#init.budget?.remainingUsd].filter(
      (value): value is number => typeof value === 'number',
    );
    return limits.length > 0 ? Math.min(...limits) : Number.POSITIVE_INFINITY;
  }

  /** The estimated prompt tokens. */
  get promptTokens(): number {
    return this.#promptTokens;
  }

  /** Throws `BudgetExceededError` when the request should not be sent. */
  checkBeforeSend(): void {
    const allowedUsd = this.allowedUsd;
    const promptUsd = this.#cost({ input_tokens: this.#promptTokens });
    if (promptUsd > allowedUsd) throw this.#error('before-request', 'prompt', promptUsd);
    const maxTokens = this.#init.params.max_tokens ?? this.#init.params.max_completion_tokens;
    if (this.#init.strict && maxTokens !== undefined) {
      const worstUsd = this.#cost({ input_tokens: this.#promptTokens, output_tokens: maxTokens });
      if (worstUsd > allowedUsd) throw this.#error('before-request', 'worst-case', worstUsd);
    }
  }

  /** The running cost estimate so far, in USD. */
  get runningUsd(): number {
    const input = this.#usage.input_tokens ?? this.#promptTokens;
    const output = Math.max(this.#usage.output_tokens ?? 0, tokensOfChars(this.#outputChars));
    return this.#cost({ ...this.#usage, input_tokens: input, output_tokens: output });
  }

  /**
   * Follows one stream event; returns the error to end the stream with once the running cost is
   * over what the request may spend. `snapshot` gives the reply so far for the error.
   */
  observe(event: StreamEvent, snapshot: () => Message): BudgetExceededError | undefined {
    switch (event.type) {
      case 'message_begin':
      case 'usage_update':
        this.#addUsage(event.usage);
        break;
      case 'text_delta':
        this.#outputChars += countChars(event.text);
        break;
      case 'thinking_delta':
        this.#outputChars += countChars(event.thinking);
        break;
      case 'tool_input_delta':
        this.#outputChars += countChars(event.partialJson);
        break;
      default:
        return undefined;
    }
    const running = this.runningUsd;
    return running > this.allowedUsd
      ? this.#error('while-streaming', 'running', running, snapshot())
      : undefined;
  }

  /**
   * Charges the budget once: with the final usage when the reply completed, or with the running
   * estimate when it did not. Returns what was charged, in USD.
   */
  settle(finalUsage?: Usage): number {
    if (this.#settled) return 0;
    this.#settled = true;
    if (finalUsage) this.#addUsage(finalUsage);
    const usd = this.runningUsd;
    this.#init.budget?.charge(usd);
    return usd;
  }

  #addUsage(usage: Usage): void {
    // Zero counts are what gateways send when they do not count; they must not hide the estimate.
    for (const [key, value] of Object.entries(usage)) {
      if (typeof value === 'number' && value > 0) this.#usage = { ...this.#usage, [key]: value };
    }
  }

  #cost(usage: Usage): number {
    return estimateCost(usage, this.#init.price).totalUsd;
  }

  #error(
    phase: 'before-request' | 'while-streaming',
    basis: 'prompt' | 'worst-case' | 'running',
    estimatedUsd: number,
    partial?: Message,
  ): BudgetExceededError {
    return new BudgetExceededError({
      model: this.#init.params.model,
      phase,
      basis,
      allowedUsd: this.allowedUsd,
      estimatedUsd,
      partial,
    });
  }
}
