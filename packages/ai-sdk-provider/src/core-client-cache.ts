import { withUserAgentSuffix } from '@ai-sdk/provider-utils';
import { Resayil, type ResayilOptions } from '@resayil/core';
import { VERSION } from './version.ts';

/** How many clients a provider keeps (e.g. `generateText` and `streamText` send other headers). */
const KEPT = 8;

/**
 * The core clients of one provider. A call uses the client of an earlier call with the same key,
 * gateway and headers, so what core keeps per client (the gateway's prices
 * for the spending guard, the model catalog for the image and document check) is fetched once,
 * not before every call's first token. The settings are read at each call, and so are
 * `RESAYIL_API_KEY` and `RESAYIL_BASE_URL` where the settings leave them out: a changed key or
 * gateway gets a new client. Core's retries are off: the AI SDK retries.
 */
export class CoreClientCache {
  readonly #settings: () => ResayilOptions;
  /** By identity (key, gateway, headers), the least recently used first. */
  readonly #clients = new Map<string, Resayil>();

  constructor(settings: () => ResayilOptions) {
    this.#settings = settings;
  }

  /** The client for a call with these headers (added to the provider's). */
  client(callHeaders: Record<string, string | undefined> = {}): Resayil {
    const settings = this.#settings();
    const headers = withUserAgentSuffix(
      { ...settings.defaultHeaders, ...callHeaders },
      `ai-sdk-resayil/${VERSION}`,
    );
    const identity = JSON.stringify([
      settings.apiKey ?? env('RESAYIL_API_KEY'),
      settings.baseURL ?? env('RESAYIL_BASE_URL'),
      headers,
    ]);
    const client =
      this.#clients.get(identity) ?? new Resayil({ ...settings, defaultHeaders: headers, maxRetries: 0 });
    this.#clients.delete(identity);
    this.#clients.set(identity, client);
    if (this.#clients.size > KEPT) this.#clients.delete(this.#clients.keys().next().value as string);
    return client;
  }
}

function env(name: string): string | undefined {
  return typeof process === 'undefined' ? undefined : process.env[name];
}
