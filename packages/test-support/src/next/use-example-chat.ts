import { mkdir } from 'node:fs/promises';
import { createEmulator, type Emulator } from '@resayil/emulator';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, type Chromium } from '../chromium/index.ts';
import { ChatPage } from './chat-page.ts';
import { ensureBuilt } from './ensure-built.ts';
import { startNext, type NextServer } from './start-next.ts';

/** A Next.js example's chat, running for real, and what drives it. */
export interface ExampleChat {
  /** The gateway: the emulator (`resayil` profile, the real gateway's quirks), behind `apiKey`. */
  emulator: Emulator;
  server: NextServer;
  /** The page's address. */
  url: string;
  apiKey: string;
  chromium: Chromium;
  /** One page, reopened after each test. */
  chat: ChatPage;
}

/** Which example, and what its build depends on. */
export interface ExampleChatOptions {
  appDir: string;
  artifactsDir: string;
  /** Workspace packages whose `dist/` the build bundles (a newer `dist/` means a new build). */
  packages: readonly string[];
  /** The key the server is given (and the emulator accepts). */
  apiKey: string;
}

const BUILD_TIMEOUT_MS = 240_000;

/**
 * Sets up a Next.js example for browser tests, in the caller's scope: `next build` when needed,
 * the emulator as the gateway, `next start` on a free port with the key, and a headless Chromium
 * on the page; after each test the emulator is reset and the page reopened; all of it is closed at
 * the end. Returns a getter for use inside the tests.
 */
export function useExampleChat(options: ExampleChatOptions): () => ExampleChat {
  let example: ExampleChat | undefined;
  beforeAll(async () => {
    await mkdir(options.artifactsDir, { recursive: true });
    await ensureBuilt(options.appDir, options.packages);
    const emulator = await createEmulator({
      profile: 'resayil',
      apiKeys: [options.apiKey],
      latency: { tokenIntervalMs: 25 },
    });
    const server = await startNext(options.appDir, {
      RESAYIL_API_KEY: options.apiKey,
      RESAYIL_BASE_URL: emulator.url,
    });
    const chromium = await launchChromium();
    const chat = new ChatPage(await chromium.context.newPage(), options.artifactsDir);
    example = { emulator, server, url: server.url, apiKey: options.apiKey, chromium, chat };
  }, BUILD_TIMEOUT_MS);
  afterEach(async () => {
    if (!example) return;
    example.emulator.reset();
    await example.chat.open(example.url);
  });
  afterAll(async () => {
    await example?.chromium.close();
    await example?.server.stop();
    await example?.emulator.close();
  });
  return () => {
    if (!example) throw new Error('The example is not running: useExampleChat sets it up in beforeAll.');
    return example;
  };
}
