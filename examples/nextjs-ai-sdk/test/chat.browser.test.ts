import { mkdir } from 'node:fs/promises';
import { launchChromium, type Chromium } from '@resayil-internal/test-support/chromium';
import {
  ChatPage,
  ensureBuilt,
  itAnswersFromTheEmulatorWithoutAKey,
  itBehavesLikeTheExampleChat,
  startNext,
  type NextServer,
} from '@resayil-internal/test-support/next';
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

  itBehavesLikeTheExampleChat(() => ({
    chat,
    emulator,
    url: server.url,
    apiKey: API_KEY,
    outOfCreditsText: 'Top up at',
  }));

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
  itAnswersFromTheEmulatorWithoutAKey(() => ({ appDir, artifactsDir, context: chromium.context }));
});
