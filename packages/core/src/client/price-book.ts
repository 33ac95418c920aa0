import { FeatureUnavailableError, priceOf, type ModelPrice, type PricingList } from '../protocol/index.ts';

/**
 * Model prices: the ones the client was given (`prices`), else the gateway's `GET /v1/pricing`,
 * fetched once per client. A model with no price is an error that says so, never a guess.
 */
export class PriceBook {
  readonly #given: Readonly<Record<string, ModelPrice>>;
  readonly #fetch: (signal?: AbortSignal) => Promise<PricingList>;
  #published: Promise<PricingList | undefined> | undefined;

  constructor(
    given: Readonly<Record<string, ModelPrice>>,
    fetchPricing: (signal?: AbortSignal) => Promise<PricingList>,
  ) {
    this.#given = given;
    this.#fetch = fetchPricing;
  }

  /** The price of `model`; throws `FeatureUnavailableError` when neither source has one. */
  async priceOf(model: string, signal?: AbortSignal): Promise<ModelPrice> {
    const given = this.#given[model];
    if (given) return given;
    this.#published ??= this.#fetch(signal).catch((error: unknown) => {
      this.#published = undefined;
      if (error instanceof FeatureUnavailableError) return undefined;
      throw error;
    });
    return priceOf(await this.#published, model);
  }
}
