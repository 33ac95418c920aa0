import { mkdir } from 'node:fs/promises';
import { launchChromium, type Chromium } from '@resayil-internal/test-support/chromium';
import { ChatPage, ensureBuilt, startNext, type NextServer } from '@resayil-internal/test-support/next';
import { createEmulator, type Emulator } from '@resayil/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appDir, artifactsDir } from './support/app-dir.ts';

// The whole example, for real: `next build`, `next start` on a free port, the emulator on another
// (as the gateway, behind a key, with the real gateway's quirks), and a headless Chromium driving
// the page: useChat → the route's streamText → @resayil/ai-sdk-provider → the emulator.
const API_KEY = 'test-key-5a1b2c3d4e5f6a7b';
const BUILD_TIMEOUT_MS = 240_000;

let emulator: Emulator;
let server: NextServer;
let chromium: Chromium;
let chat: ChatPage;

beforeAll(async () => {
  await mkdir(artifactsDir, { recursive: true });
  await ensureBuilt(appDir, ['@resayil/ai-sdk-provider', '@resayil/core']);
  emulator = await createEmulator({
    profile: 'resayil',
    apiKeys: [API_KEY],
    latency: { tokenIntervalMs: 25 },
  });
  server = await startNext(appDir, { RESAYIL_API_KEY: API_KEY, RESAYIL_BASE_URL: emulator.url });
  chromium = await launchChromium();
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await chromium?.close();
  await server?.stop();
  await emulator?.close();
});

// Generous per-test limits: CI runs this beside every other package's tests on two cores.
describe('the useChat page against the emulator', { timeout: 45_000 }, () => {
  beforeAll(async () => {
    chat = new ChatPage(await chromium.context.newPage(), artifactsDir);
  });
  afterEach(async () => {
    emulator.reset();
    await chat.open(server.url);
  });

  it('streams the answer token by token, and the key stays on the server', async () => {
    await chat.open(server.url);
    expect(await chat.page.locator('[data-backend]').getAttribute('data-backend')).toBe('gateway');
    const snapshots = await chat.recordAnswer();

    await chat.ask('Explain quantum entanglement in simple terms.');
    expect(await chat.settled()).toBe('done');
    await chat.screenshot('streaming-done');

    const final = await chat.answerText();
    expect(final).toContain('You wrote: "Explain quantum entanglement in simple terms."');
    const partial = (await snapshots()).filter(
      (s) => s.status === 'streaming' && s.text.length > 0 && s.text.length < final.length,
    );
    // Several distinct partial texts were on screen, each a prefix of the final answer.
    expect(new Set(partial.map((s) => s.text)).size).toBeGreaterThan(3);
    for (const snapshot of partial) expect(final.startsWith(snapshot.text)).toBe(true);
    expect(await chat.page.content()).not.toContain(API_KEY);
  });

  it('Stop ends the upstream request: the emulator sees the client disconnect', async () => {
    // The gateway sends a few events, then goes quiet until the client leaves.
    emulator.enqueue({ fault: { type: 'stall', afterEvents: 8 } });
    await chat.ask('Write a very long story about the sea.');
    const upstream = await emulator.waitForRequest((r) => r.path.endsWith('/messages'));
    await chat.answer.locator('.message').first().waitFor();
    expect(await chat.answerText()).not.toBe('');

    await chat.page.getByRole('button', { name: 'Stop' }).click();
    await emulator.waitForDisconnect(upstream.id, 10_000);
    expect(await chat.settled()).toBe('stopped');
    await chat.screenshot('stopped');

    const logged = emulator.requests.find((r) => r.id === upstream.id);
    expect(logged?.clientDisconnected).toBe(true);
    expect(logged?.completedAt).toBeUndefined();
  });

  it('runs the server-side tool and shows its call in the conversation', async () => {
    await chat.ask('What time is it in Tokyo?');
    expect(await chat.settled()).toBe('done');
    await chat.screenshot('tool-call');

    const call = chat.answer.locator('[data-tool-name="get_time"]');
    expect(await call.getAttribute('data-tool-state')).toBe('done');
    expect(await call.locator('code').textContent()).toBe('get_time({"city":"Tokyo"})');
    expect(await call.locator('.tool-call-result').textContent()).toContain('"timeZone":"Asia/Tokyo"');
    expect(await chat.answerText()).toContain('The get_time tool returned');
    // Two gateway requests: the one that asked for the tool, and the one that answered its result.
    expect(emulator.requests.filter((r) => r.path.endsWith('/messages'))).toHaveLength(2);
  });

  it('lays Arabic out right to left and English left to right, message by message', async () => {
    await chat.ask('Hello there');
    expect(await chat.settled()).toBe('done');
    const english = chat.page.locator('[data-role="assistant"] .message').first();
    expect(await chat.direction(english)).toBe('ltr');

    await chat.ask('ما هي عاصمة الكويت؟');
    expect(await chat.settled()).toBe('done');
    await chat.screenshot('arabic');
    expect(await chat.direction(chat.question)).toBe('rtl');
    const arabic = chat.answer.locator('.message').first();
    expect(await arabic.textContent()).toMatch(/[\u0600-\u06FF]/u);
    expect(await chat.direction(arabic)).toBe('rtl');
    expect(await chat.direction(english)).toBe('ltr');
  });

  it('shows what to do when the account is out of credits', async () => {
    emulator.enqueue({ fault: { type: 'status', status: 402 } });
    await chat.ask('Hello');
    expect(await chat.settled()).toBe('error');
    await chat.screenshot('error-402');

    const notice = chat.answer.getByRole('alert');
    expect(await notice.getAttribute('data-error-name')).toBe('InsufficientCreditsError');
    expect(await notice.textContent()).toContain('Top up at');
    const link = notice.getByRole('link', { name: 'Top up credits' });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/.+\/dashboard\/topup$/u);
    expect(emulator.requests).toHaveLength(1);
  });

  it('says the key was rejected on a 401, and does not retry it', async () => {
    emulator.enqueue({ fault: { type: 'status', status: 401 } });
    await chat.ask('Hello');
    expect(await chat.settled()).toBe('error');
    await chat.screenshot('error-401');
    const notice = chat.answer.getByRole('alert');
    expect(await notice.getAttribute('data-error-name')).toBe('AuthenticationError');
    expect(await notice.textContent()).toContain('rejected the API key');
    expect(await notice.textContent()).not.toContain(API_KEY);
    expect(emulator.requests).toHaveLength(1);
  });
});

describe('without RESAYIL_API_KEY', { timeout: 60_000 }, () => {
  it('answers from the local emulator and says so in the console and on the page', async () => {
    const offline = await startNext(appDir, {});
    try {
      const page = new ChatPage(await chromium.context.newPage(), artifactsDir);
      await page.open(offline.url);
      expect(await page.page.locator('[data-backend]').getAttribute('data-backend')).toBe('emulator');
      expect(offline.output()).toMatch(
        /RESAYIL_API_KEY is not set: answering from the local Resayil emulator/u,
      );
      await page.ask('Hello');
      expect(await page.settled()).toBe('done');
      expect(await page.answerText()).toContain('This is the Resayil emulator.');
      await page.screenshot('offline-emulator');
      await page.page.close();
    } finally {
      await offline.stop();
    }
  });
});
