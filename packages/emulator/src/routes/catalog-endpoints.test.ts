import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/default-catalog.ts';
import type { CatalogModel } from '../catalog/catalog-model.ts';
import type { AnyJson } from '../../test/support/any-json.ts';
import { messagesBody, postForJson } from '../../test/support/http-client.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers: { accept: 'application/json', ...headers } });
  return { status: res.status, headers: res.headers, json: (await res.json()) as AnyJson };
};

describe('default catalog', () => {
  it('has about 39 realistic models with : and / in ids and complete fields', () => {
    expect(defaultCatalog).toHaveLength(39);
    const ids = defaultCatalog.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'qwen3.5:397b',
      'glm-5.1',
      'kimi-k2.6',
      'gpt-oss:120b',
      'mistral-large-3:675b',
      'gemma4:31b',
      'minimax-m3',
      'qwen3-vl:235b',
      'hf.co/Qwen/Qwen3-VL-32B-Instruct-GGUF:Q4_K_M',
      'llama3.2:3b',
      'mistral',
    ]) {
      expect(ids).toContain(id);
    }
    for (const model of defaultCatalog) {
      expect(model.backendName.length).toBeGreaterThan(0);
      expect(model.contextWindow).toBeGreaterThan(1000);
      expect(model.inputPerMillion).toBeGreaterThan(0);
      expect(model.outputPerMillion).toBeGreaterThanOrEqual(model.inputPerMillion);
    }
    expect(defaultCatalog.find((m) => m.id === 'qwen3.5:397b')?.backendName).toBe('qwen3.5:397b-cloud');
    expect(defaultCatalog.find((m) => m.id === 'glm-5.1')?.vision).toBe(false);
  });
});

describe.each(['anthropic', 'resayil'] as const)('catalog endpoints, %s profile', (profile) => {
  const emulator = withEmulator({ profile });

  it.each(['/v1/models', '/api/v1/models'])('GET %s lists the catalog in the Resayil shape', async (path) => {
    const { status, json, headers } = await get(emulator.current.url + path);
    expect(status).toBe(200);
    expect(headers.get('x-resayil-emulator-extension')).toBeNull();
    expect(json.object).toBe('list');
    expect(json.data).toHaveLength(39);
    expect(json.data[0]).toMatchObject({
      id: 'qwen3.5:397b',
      object: 'model',
      created: expect.any(Number),
      owned_by: 'llm-resayil',
      family: 'Qwen',
      category: 'thinking',
      size: 'large',
      context_window: 262_144,
    });
  });

  it('GET /v1/pricing serves USD prices per million tokens, marked as an extension', async () => {
    const { status, json, headers } = await get(`${emulator.current.url}/v1/pricing`);
    expect(status).toBe(200);
    expect(headers.get('x-resayil-emulator-extension')).toBe('true');
    expect(json.data).toHaveLength(39);
    expect(json.data.find((p: AnyJson) => p.model === 'qwen3.5:397b')).toEqual({
      model: 'qwen3.5:397b',
      input_per_million: 0.6,
      output_per_million: 3.6,
      currency: 'USD',
    });
  });

  it('GET /v1/health reports the model count, marked as an extension', async () => {
    const { status, json, headers } = await get(`${emulator.current.url}/api/v1/health`);
    expect(status).toBe(200);
    expect(headers.get('x-resayil-emulator-extension')).toBe('true');
    expect(json).toEqual({ status: 'ok', models: 39 });
  });
});

describe('a replaced catalog', () => {
  const tiny: CatalogModel = {
    id: 'org/tiny:1b',
    backendName: 'tiny:1b-cloud',
    family: 'Tiny',
    category: 'chat',
    size: 'small',
    contextWindow: 4096,
    vision: false,
    inputPerMillion: 0.01,
    outputPerMillion: 0.02,
    created: 1_750_000_000,
  };
  const emulator = withEmulator({ profile: 'resayil', catalog: [tiny] });

  it('lists only the given models and resolves them by id or backend name', async () => {
    const { json } = await get(`${emulator.current.url}/v1/models`);
    expect(json.data.map((m: AnyJson) => m.id)).toEqual(['org/tiny:1b']);
    const byId = await postForJson(
      `${emulator.current.url}/v1/messages`,
      messagesBody('Hi', { model: 'org/tiny:1b' }),
    );
    expect(byId.json).toMatchObject({ model: 'tiny:1b-cloud' });
    const byBackend = await postForJson(
      `${emulator.current.url}/v1/messages`,
      messagesBody('Hi', { model: 'tiny:1b-cloud' }),
    );
    expect(byBackend.status).toBe(200);
    const unknown = await postForJson(`${emulator.current.url}/v1/messages`, messagesBody('Hi'));
    expect(unknown).toMatchObject({
      status: 404,
      json: { error: { message: "Model 'qwen3.5:397b' not found.", code: 404 } },
    });
  });
});
