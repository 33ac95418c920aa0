import { FeatureUnavailableError } from '../errors/feature-unavailable-error.ts';
import type { PricingList } from '../wire/openai.ts';
import type { ModelPrice } from './estimate-cost.ts';

/**
 * A model's price from the gateway's `GET /v1/pricing` list (`undefined` when the gateway does not
 * publish one), with the cache rates when they are listed. Throws `FeatureUnavailableError` saying
 * that the cost cannot be estimated, and how to give the price, instead of guessing.
 */
export function priceOf(list: PricingList | undefined, model: string): ModelPrice {
  const fix = `Give the model's price yourself (prices: { "${model}": { inputPerMillion, outputPerMillion } }), or drop the spending limit.`;
  if (!list) {
    throw new FeatureUnavailableError({
      feature: `prices, so the cost of a request to "${model}" cannot be estimated`,
      endpoint: 'GET /v1/pricing',
      fix,
    });
  }
  const entry = list.data.find((price) => price.model === model);
  if (!entry) {
    throw new FeatureUnavailableError({
      feature: `a price for model "${model}", so the cost of a request cannot be estimated`,
      fix: `Check the id with \`resayil models\`. ${fix}`,
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
