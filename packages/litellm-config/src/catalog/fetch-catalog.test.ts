import { createServer } from 'node:net';
import { TEST_KEY, useEmulator } from '@resayil-internal/test-support/emulator';
import { describe, expect, it } from 'vitest';
import { CatalogUnavailableError } from '../errors/catalog-unavailable-error.ts';
import { generateConfig } from '../generate/generate-config.ts';
import { validateConfig } from '../validate/validate-config.ts';
import { fetchCatalog } from './fetch-catalog.ts';

// Integration: real HTTP to the emulator on 127.0.0.1.
const gateway = useEmulator({ profile: 'resayil' });

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 9;
}

describe('fetchCatalog against the emulator', () => {
  it('reads the live models and prices, and generate turns them into a clean config', async () => {
    const catalog = await fetchCatalog({ apiKey: TEST_KEY, baseURL: `${gateway.url}/v1/`, maxRetries: 0 });
    expect(catalog.source).toBe(`${gateway.url}/v1/models`);
    expect(catalog.models.find((m) => m.id === 'qwen3.5:397b')).toMatchObject({
      family: 'Qwen',
      context_window: 262144,
    });
    expect(catalog.pricing?.find((p) => p.model === 'qwen3.5:397b')).toEqual({
      model: 'qwen3.5:397b',
      input_per_million: 0.6,
      output_per_million: 3.6,
    });
    const paths = gateway.emulator.requests.map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(['/v1/models', '/v1/pricing']));

    const { yaml, config } = generateConfig({ catalog, api: 'both', baseURL: gateway.url });
    expect(config.model_list?.[0]?.litellm_params.api_base).toBe(`${gateway.url}/v1`);
    expect(config.model_list?.[0]?.model_info?.input_cost_per_token).toBe(6e-7);
    expect(validateConfig(yaml).valid).toBe(true);
  });

  it('gives prices as null where the gateway does not publish them', async () => {
    gateway.emulator.enqueue({ path: '/v1/pricing', fault: { type: 'status', status: 404 } });
    const catalog = await fetchCatalog({ apiKey: TEST_KEY, baseURL: gateway.url, maxRetries: 0 });
    expect(catalog.pricing).toBeNull();
    expect(catalog.models.length).toBeGreaterThan(0);
  });

  it('fails clearly on a wrong key, without printing it', async () => {
    const error = await fetchCatalog({
      apiKey: 'wrong-key-1234',
      baseURL: gateway.url,
      maxRetries: 0,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogUnavailableError);
    const message = (error as Error).message;
    expect(message).toContain(`Could not read the model catalog from ${gateway.url}`);
    expect(message).toMatch(/Authentication failed \(401\)/);
    expect(message).toMatch(/--catalog FILE/);
    expect(message).not.toContain('wrong-key-1234');
  });

  it('fails clearly when the host cannot be reached', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const error = await fetchCatalog({
      apiKey: TEST_KEY,
      baseURL: url,
      maxRetries: 0,
      timeout: 5_000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogUnavailableError);
    expect((error as Error).message).toMatch(
      new RegExp(`Could not read the model catalog from ${url}: Could not connect`),
    );
    expect((error as Error).message).toMatch(/--catalog bundled/);
  });

  it('fails clearly without a key', async () => {
    const saved = process.env['RESAYIL_API_KEY'];
    delete process.env['RESAYIL_API_KEY'];
    try {
      await expect(fetchCatalog({ baseURL: gateway.url })).rejects.toThrow(
        /No API key: set the RESAYIL_API_KEY/,
      );
    } finally {
      if (saved !== undefined) process.env['RESAYIL_API_KEY'] = saved;
    }
  });
});
