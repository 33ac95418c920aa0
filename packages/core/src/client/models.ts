import {
  NotFoundError,
  buildGetRequest,
  parseJsonBody,
  resolveCapabilities,
  type Model,
  type ModelCapabilities,
  type ModelList,
} from '../protocol/index.ts';
import { APIResource } from './api-resource.ts';
import type { RequestOptions } from './request-options.ts';

/** A catalog entry with what the model can do (see `resolveCapabilities`). */
export type ModelInfo = Model & { capabilities: ModelCapabilities };

/** How long a fetched catalog is reused for capability checks, in milliseconds (the gateway caches 60 s). */
const CATALOG_TTL_MS = 60_000;

/** `client.models`: the catalog, `GET /v1/models`. */
export class Models extends APIResource {
  #catalog: { at: number; models: Promise<ModelInfo[]> } | undefined;

  /** Lists the models the gateway serves now. Ids may contain `:` and `/`. */
  async list(options: RequestOptions = {}): Promise<ModelList> {
    const { text, response } = await this.transport.text(
      buildGetRequest(this.options, '/v1/models'),
      options,
    );
    return parseJsonBody<ModelList>(text, response.headers.get('content-type'));
  }

  /**
   * One model of the catalog with its capabilities: the gateway's own fields, else the bundled
   * snapshot, else its category. Throws `NotFoundError` for an id the catalog does not list.
   */
  async retrieve(id: string, options: RequestOptions = {}): Promise<ModelInfo> {
    const model = (await this.withCapabilities(options)).find((entry) => entry.id === id);
    if (!model) {
      throw new NotFoundError({
        status: 404,
        serverMessage: `Model '${id}' is not in the catalog. List the models with \`resayil models\`.`,
      });
    }
    return model;
  }

  /** The whole catalog with capabilities; reused for a minute, as the gateway caches its own list. */
  async withCapabilities(options: RequestOptions = {}): Promise<ModelInfo[]> {
    const now = Date.now();
    if (!this.#catalog || now - this.#catalog.at > CATALOG_TTL_MS) {
      const models = this.list(options).then((list) =>
        list.data.map((model) => ({ ...model, capabilities: resolveCapabilities(model) })),
      );
      this.#catalog = { at: now, models };
      models.catch(() => {
        if (this.#catalog?.models === models) this.#catalog = undefined;
      });
    }
    return await this.#catalog.models;
  }
}
