import { FeatureUnavailableError, type ModelPrice, type PricingList } from '../protocol/index.ts';

/**
 * Model prices: the ones the client was given (`prices`), else the gateway's `GET /v1/pricing`,
 * fetched once per client. A model with no price is an error that says so, never a guess.
 */
export class PriceBook {
  readonly #given: Readonly<Record<string, ModelPrice>>;
  readonly #fetch: (signal?: AbortSignal) => Promise<PricingList>;
  #published: Promise<PricingList> | undefined;

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
    this.#published ??= this.#fetch(signal);
    let list: PricingList;
    try {
      list = await this.#published;
    } catch (error) {
      this.#published = undefined;
      if (!(error instanceof FeatureUnavailableError)) throw error;
      throw new FeatureUnavailableError({
        feature: `prices, so the cost of a request to "${model}" cannot be estimated`,
        endpoint: 'GET /v1/pricing',
        fix: `Pass the model's price to the client (prices: { "${model}": { inputPerMillion, outputPerMillion } }), or drop maxCostUsd and the budget.`,
      });
    }
    const entry = list.data.find((price) => price.model === model);
    if (!entry) {
      throw new FeatureUnavailableError({
        feature: `a price for model "${model}", so the cost of a request cannot be estimated`,
        fix: `Check the id with \`resayil models\`, or pass its price to the client (prices: { "${model}": { inputPerMillion, outputPerMillion } }).`,
      });
    }
    const price: ModelPrice = {
      inputPerMillion: entry.input_per_million,
      outputPerMillion: entry.output_per_million,
    };
    if (typeof entry.cache_read_per_million === 'number')
      price.cacheReadPerMillion = entry.cache_read_per_million;
    if (typeof entry.cache_write_per_million === 'number')
      price.cacheWritePerMillion = entry.cache_write_per_million;
    return price;
  }
}
