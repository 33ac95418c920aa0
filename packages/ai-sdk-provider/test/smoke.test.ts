import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { PROFILES, TEST_MODEL, useEmulator } from './support/emulator-fixture.ts';

describe.each(PROFILES)('smoke %s', (profile) => {
  const env = useEmulator(profile);
  it('works', async () => {
    const model = env.provider()(TEST_MODEL);
    const g = await generateText({ model, prompt: 'Hello there' });
    console.log(g.text, g.finishReason, g.usage);
    const s = streamText({ model, prompt: 'Hello there', includeRawChunks: true });
    const parts = [];
    for await (const p of s.fullStream) parts.push(p.type);
    console.log(parts.join(','));
    expect(await s.text).toBe(g.text);
  });
});
