import { mkdir } from 'node:fs/promises';
import { createEmulator, type Emulator } from '@resayil/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appDir, artifactsDir } from './support/app-dir.ts';
import { launchChromium, type Chromium } from '@resayil-internal/test-support/chromium';
import {
  ChatPage,
  ensureBuilt,
  itAnswersFromTheEmulatorWithoutAKey,
  itBehavesLikeTheExampleChat,
  startNext,
  type NextServer,
} from '@resayil-internal/test-support/next';

// The whole example, for real: `next build`, `next start` on a free port, the emulator on another
// (as the gateway, behind a key), and a real headless Chromium driving the page.
const API_KEY = 'test-key-0123456789';
const BUILD_TIMEOUT_MS = 240_000;

let emulator: Emulator;
let server: NextServer;
let chromium: Chromium;
let chat: ChatPage;

beforeAll(async () => {
  await mkdir(artifactsDir, { recursive: true });
  await ensureBuilt(appDir, ['@resayil/core']);
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
describe('the chat page against the emulator', { timeout: 45_000 }, () => {
  beforeAll(async () => {
    chat = new ChatPage(await chromium.context.newPage(), artifactsDir);
  });
  afterEach(async () => {
    emulator.reset();
    await chat.open(server.url);
  });

  itBehavesLikeTheExampleChat(() => ({
    chat,
    emulator,
    url: server.url,
    apiKey: API_KEY,
    outOfCreditsText: 'Out of credits',
  }));

  it('says the key was rejected on a 401, and how long to wait on a rate limit', async () => {
    emulator.enqueue({ fault: { type: 'status', status: 401 } });
    await chat.ask('Hello');
    expect(await chat.settled()).toBe('error');
    expect(await chat.answer.getByRole('alert').textContent()).toContain('The API key was rejected');

    // The client retries a 429 twice (after the body's retry_after), then gives up.
    emulator.enqueue(
      Array.from({ length: 3 }, () => ({ fault: { type: 'status', status: 429, bodyRetryAfter: 1 } })),
    );
    await chat.ask('Hello again');
    expect(await chat.settled()).toBe('error');
    await chat.screenshot('error-429');
    const notice = chat.answer.getByRole('alert');
    expect(await notice.getAttribute('data-error-name')).toBe('RateLimitError');
    expect(await notice.textContent()).toContain('Wait 1 second');
  });
});

describe('without RESAYIL_API_KEY', { timeout: 60_000 }, () => {
  itAnswersFromTheEmulatorWithoutAKey(() => ({ appDir, artifactsDir, context: chromium.context }));
});
