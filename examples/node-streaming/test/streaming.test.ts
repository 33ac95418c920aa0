import { Resayil } from '@resayil/core';
import type { Emulator, EmulatorProfile } from '@resayil/emulator';
import { TEST_KEY, useEmulator } from '@resayil-internal/test-support/emulator';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScripts } from './support/build-scripts.ts';
import { runScript } from './support/run-script.ts';

const PROMPT = 'Explain quantum entanglement in simple terms.';
const MODEL = 'qwen3.5:397b';

const gateways = {
  anthropic: useEmulator({ profile: 'anthropic' }),
  resayil: useEmulator({ profile: 'resayil' }),
};

beforeAll(() => buildScripts(), 60_000);

function emulator(profile: EmulatorProfile): Emulator {
  return gateways[profile].emulator;
}

/** The answer to the same request, not streamed: what stdout must end up holding. */
async function expectedAnswer(gateway: Emulator): Promise<string> {
  const client = new Resayil({ apiKey: TEST_KEY, baseURL: gateway.url });
  const message = await client.messages.create({
    model: MODEL,
    max_tokens: 1024,
    messages: [{ role: 'user', content: PROMPT }],
  });
  gateway.reset();
  return message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
}

const cases: [script: string, profile: EmulatorProfile][] = [
  ['stream-with-core', 'anthropic'],
  ['stream-with-core', 'resayil'],
  ['stream-with-sdk', 'anthropic'],
];

describe.each(cases)('%s against the %s profile', (script, profile) => {
  it('writes the text to stdout as it arrives, then the whole answer', async () => {
    const gateway = emulator(profile);
    const expected = await expectedAnswer(gateway);
    // A few events, then a pause: the first words must be on stdout during the pause.
    gateway.enqueue({ fault: { type: 'stall', afterEvents: 5, ms: 1_500 } });

    const run = runScript(script, [PROMPT], { RESAYIL_API_KEY: TEST_KEY, RESAYIL_BASE_URL: gateway.url });
    await run.firstOutput;
    const request = gateway.requests.find((r) => r.path.endsWith('/messages'));
    expect(request?.completedAt).toBeUndefined();
    expect(run.running()).toBe(true);
    const partial = run.stdout();
    expect(partial.length).toBeGreaterThan(0);
    expect(expected.startsWith(partial)).toBe(true);
    expect(partial.length).toBeLessThan(expected.length);

    expect(await run.exit).toBe(0);
    expect(run.stdout()).toBe(`${expected}\n`);
    expect(run.stderr()).toMatch(/^\[end_turn; \d+ tokens in, \d+ out\]\n$/u);
    expect(request?.completedAt).toBeTypeOf('number');
  });
});

describe('stream-with-sdk against the resayil profile', () => {
  it('fails, explaining that the official SDK drops data-only events', async () => {
    const gateway = emulator('resayil');
    const run = runScript('stream-with-sdk', [PROMPT], {
      RESAYIL_API_KEY: TEST_KEY,
      RESAYIL_BASE_URL: gateway.url,
    });
    expect(await run.exit).toBe(1);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toContain('drops stream events that have no `event:` line');
    expect(run.stderr()).toContain('npm run core');
  });
});

describe('stream-with-core', () => {
  it('starts a local emulator when RESAYIL_API_KEY is not set, and says so', async () => {
    const run = runScript('stream-with-core', ['Hello there'], {});
    expect(await run.exit).toBe(0);
    expect(run.stderr()).toMatch(/RESAYIL_API_KEY is not set: answering from the local Resayil emulator/u);
    expect(run.stdout()).toContain('You wrote: "Hello there"');
  });

  it('reports a typed error with what to do, without the key, and exits 1', async () => {
    const gateway = emulator('resayil');
    gateway.enqueue({ fault: { type: 'status', status: 402 } });
    const run = runScript('stream-with-core', [PROMPT], {
      RESAYIL_API_KEY: TEST_KEY,
      RESAYIL_BASE_URL: gateway.url,
    });
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toMatch(/InsufficientCreditsError: .*Top up at https:\/\/\S+/u);
    expect(run.stderr()).not.toContain(TEST_KEY);
  });

  it('is refused with AuthenticationError when the key is wrong', async () => {
    const gateway = emulator('anthropic');
    const run = runScript('stream-with-core', [PROMPT], {
      RESAYIL_API_KEY: 'wrong-key',
      RESAYIL_BASE_URL: gateway.url,
    });
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain('AuthenticationError');
    expect(run.stderr()).not.toContain('wrong-key');
  });
});
