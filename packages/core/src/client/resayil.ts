import {
  FeatureUnavailableError,
  NotFoundError,
  buildGetRequest,
  estimateCost,
  parseJsonBody,
  type HealthStatus,
  type PricingList,
  type Usage,
} from '../protocol/index.ts';
import { ChatCompletions } from './chat-completions.ts';
import { Messages } from './messages.ts';
import { Models } from './models.ts';
import { PriceBook } from './price-book.ts';
import { RequestGuard } from './request-guard.ts';
import type { RequestOptions } from './request-options.ts';
import { resolveOptions, type ResayilOptions, type ResolvedOptions } from './resolve-options.ts';
import { Transport } from './transport.ts';

/** The result of `client.health()`. */
export interface HealthResult extends HealthStatus {
  /** Where the answer came from: the gateway's `/v1/health`, or a model listing where that is absent. */
  source: 'health' | 'models';
}

/** A cost estimate in US dollars. */
export interface CostEstimate {
  model: string;
  inputUsd: number;
  outputUsd: number;
  totalUsd: number;
}

/**
 * The LLM Resayil client.
 *
 * ```ts
 * const client = new Resayil(); // RESAYIL_API_KEY, RESAYIL_BASE_URL
 * for await (const text of client.messages.stream({ model, max_tokens: 512, messages }).textStream()) {
 *   process.stdout.write(text);
 * }
 * ```
 */
export class Resayil {
  /** `POST /v1/messages`: create, stream, runTools. */
  readonly messages: Messages;
  /** `POST /v1/chat/completions`, the OpenAI-compatible endpoint. */
  readonly chat: { readonly completions: ChatCompletions };
  /** `GET /v1/models`. */
  readonly models: Models;
  /** The base URL requests go to (without `/v1`). */
  readonly baseURL: string;
  readonly #options: ResolvedOptions;
  readonly #transport: Transport;
  readonly #prices: PriceBook;

  /** Throws `MissingApiKeyError` when no key is given and `RESAYIL_API_KEY` is unset. */
  constructor(options: ResayilOptions = {}) {
    this.#options = resolveOptions(options);
    this.#transport = new Transport(this.#options);
    this.baseURL = this.#options.baseURL;
    this.models = new Models(this.#options, this.#transport);
    this.#prices = new PriceBook(options.prices ?? {}, (signal) => this.pricing({ signal }));
    const guard = new RequestGuard(this.models, this.#prices, options.budget);
    this.messages = new Messages(this.#options, this.#transport, guard);
    this.chat = { completions: new ChatCompletions(this.#options, this.#transport, guard) };
  }

  /**
   * Checks that the gateway answers and accepts the key: `GET /v1/health`, or, on a deployment
   * without it, a model listing.
   */
  async health(options: RequestOptions = {}): Promise<HealthResult> {
    try {
      const { text, response } = await this.#transport.text(
        buildGetRequest(this.#options, '/v1/health'),
        options,
      );
      return { ...parseJsonBody<HealthStatus>(text, response.headers.get('content-type')), source: 'health' };
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      const models = await this.models.list(options);
      return { status: 'ok', models: models.data.length, source: 'models' };
    }
  }

  /**
   * The gateway's prices in USD per million tokens (`GET /v1/pricing`). Throws
   * `FeatureUnavailableError` where the gateway does not publish them.
   */
  async pricing(options: RequestOptions = {}): Promise<PricingList> {
    try {
      const { text, response } = await this.#transport.text(
        buildGetRequest(this.#options, '/v1/pricing'),
        options,
      );
      return parseJsonBody<PricingList>(text, response.headers.get('content-type'));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      throw new FeatureUnavailableError({
        feature: 'prices',
        endpoint: 'GET /v1/pricing',
        status: 404,
        fix: 'Pass prices yourself, e.g. from the gateway dashboard.',
      });
    }
  }

  /**
   * Estimates what a reply cost from its usage (cache reads and writes included) and the model's
   * price: the client's `prices`, else the gateway's published ones. Throws
   * `FeatureUnavailableError` when the model has no price.
   */
  async estimateCost(model: string, usage: Usage, options: RequestOptions = {}): Promise<CostEstimate> {
    return { model, ...estimateCost(usage, await this.#prices.priceOf(model, options.signal)) };
  }
}
