import { readFile } from 'node:fs/promises';
import { TEST_KEY, startEmulator } from '@resayil-internal/test-support/emulator';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled-catalog.ts';
import { catalogSnapshotJson } from './catalog-snapshot-json.ts';
import { fetchCatalog } from './fetch-catalog.ts';

describe('the bundled catalog snapshot', () => {
  it('is what the emulator serves (run `npm run sync-catalog` when this fails)', async () => {
    const emulator = await startEmulator({ profile: 'resayil' });
    try {
      const served = await fetchCatalog({ apiKey: TEST_KEY, baseURL: emulator.url, maxRetries: 0 });
      const file = await readFile(new URL('../../catalog/resayil-catalog.json', import.meta.url), 'utf8');
      expect(file).toBe(catalogSnapshotJson(served));
    } finally {
      await emulator.close();
    }
  });

  it('has the models with `:` and `/` in their ids, and a price for each', () => {
    expect(bundledCatalog.source).toBe('bundled snapshot');
    expect(bundledCatalog.models.length).toBeGreaterThanOrEqual(30);
    expect(bundledCatalog.models.map((m) => m.id)).toContain('hf.co/Qwen/Qwen3-VL-32B-Instruct-GGUF:Q4_K_M');
    const priced = new Set(bundledCatalog.pricing?.map((p) => p.model));
    expect(bundledCatalog.models.every((m) => priced.has(m.id))).toBe(true);
  });
});
