import { createAnthropic } from '@ai-sdk/anthropic';
import { createResayil } from '@resayil/ai-sdk-provider';
import { createEmulator } from '@resayil/emulator';
import { beforeAll, describe, expect, it } from 'vitest';
import { BENCH_KEY, recordStream } from '../fixtures/record-stream.ts';
import { sampleText } from '../fixtures/sample-text.ts';
import { replayFetch } from './replay-fetch.ts';
import { streamTextRun } from './stream-text-run.ts';

// The replayed stream is a fair measure only if both providers read it whole, every time.
describe('replayFetch', () => {
  const text = sampleText('arabic', 1500);
  let bytes: Uint8Array;
  beforeAll(async () => {
    const emulator = await createEmulator({ profile: 'anthropic', apiKeys: [BENCH_KEY] });
    try {
      bytes = await recordStream(emulator, { content: [{ type: 'text', text }] });
    } finally {
      await emulator.close();
    }
  });

  it('gives both providers the recorded reply, again on every call', async () => {
    const settings = { apiKey: BENCH_KEY, baseURL: 'http://127.0.0.1:9', fetch: replayFetch(bytes) };
    const models = [
      createResayil(settings)('qwen3.5:397b'),
      createAnthropic({ ...settings, baseURL: `${settings.baseURL}/v1` })('qwen3.5:397b'),
    ];
    for (const model of models) {
      for (let call = 0; call < 2; call++) {
        const run = await streamTextRun(model, 'Tell me a story.');
        expect(run.text).toBe(text);
        expect(run.chunks).toBeGreaterThan(10);
        expect(run.ttftMs).toBeGreaterThan(0);
      }
    }
  });

  it('answers nothing but POST /v1/messages', async () => {
    const fetch = replayFetch(bytes);
    await expect(fetch('http://127.0.0.1:9/v1/models')).rejects.toThrow(
      /not GET http:\/\/127\.0\.0\.1:9\/v1\/models/u,
    );
    await expect(fetch('http://127.0.0.1:9/v1/chat/completions', { method: 'POST' })).rejects.toThrow(
      /answers POST \/v1\/messages/u,
    );
  });
});
