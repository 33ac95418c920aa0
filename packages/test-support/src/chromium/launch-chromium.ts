import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { bundledChromium } from './bundled-chromium.ts';
import { ChromiumUnavailableError } from './chromium-unavailable-error.ts';
import { resolveChromium } from './resolve-chromium.ts';

/** A headless Chromium with a fresh profile, and a way to close it and delete the profile. */
export interface Chromium {
  context: BrowserContext;
  /** Which binary runs: `CHROMIUM_PATH`, the system's, or the one `npm install` brought. */
  executablePath: string;
  close(): Promise<void>;
}

/** The flags every browser test runs with: headless, and no traffic of Chromium's own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/**
 * Launches Chromium headless with a throw-away profile: `CHROMIUM_PATH` when set, else the system's
 * (`/usr/bin/chromium`), else the one that `npm install` brought. Never downloads a browser; where
 * none can run, throws a `ChromiumUnavailableError` that names the fix.
 */
export async function launchChromium(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Chromium> {
  const source = resolveChromium({
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    exists: existsSync,
  });
  if (source.kind === 'none') throw new ChromiumUnavailableError(source.reason);
  const { executablePath, env } =
    source.kind === 'path' ? { executablePath: source.path, env: {} } : await bundledChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), 'resayil-chromium-profile-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      env: { ...process.env, ...env },
      viewport: options.viewport ?? { width: 900, height: 800 },
    });
    return {
      context,
      executablePath,
      async close() {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw new ChromiumUnavailableError(
      `Chromium at ${executablePath} did not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). ` +
        'Set CHROMIUM_PATH to a Chromium or Chrome binary that runs here.',
      { cause: error },
    );
  }
}
