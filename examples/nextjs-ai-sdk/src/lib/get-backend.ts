import type { ResayilProviderSettings } from '@resayil/ai-sdk-provider';
import { DEFAULT_BASE_URL } from '@resayil/core';

/** Where the chat's requests go. Server-side only: it holds the API key. */
export interface Backend {
  /** Settings for `createResayil()`: empty for the gateway (the provider reads the environment). */
  settings: ResayilProviderSettings;
  /** The model every conversation uses (`RESAYIL_MODEL`, default `qwen3.5:397b`). */
  model: string;
  /** True when no key is set and the local emulator answers instead of the gateway. */
  emulated: boolean;
  /** The gateway (or emulator) address, for the banner. Never the key. */
  baseURL: string;
}

const DEFAULT_MODEL = 'qwen3.5:397b';
const SLOT = Symbol.for('@resayil-examples/nextjs-ai-sdk/backend');

/**
 * The backend, created once per server process (kept on `globalThis`, so `next dev` reloads and
 * `instrumentation.ts` share it). With `RESAYIL_API_KEY` set it is LLM Resayil (or
 * `RESAYIL_BASE_URL`); without it, `@resayil/emulator` on a free local port, and the console says so.
 */
export function getBackend(): Promise<Backend> {
  const slots = globalThis as { [SLOT]?: Promise<Backend> };
  slots[SLOT] ??= connect().catch((error: unknown) => {
    delete slots[SLOT];
    throw error;
  });
  return slots[SLOT];
}

async function connect(): Promise<Backend> {
  const model = process.env.RESAYIL_MODEL?.trim() || DEFAULT_MODEL;
  if (process.env.RESAYIL_API_KEY?.trim()) {
    const baseURL = process.env.RESAYIL_BASE_URL?.trim() || DEFAULT_BASE_URL;
    console.info(`[nextjs-ai-sdk] Chatting with ${model} through LLM Resayil at ${baseURL}.`);
    return { settings: {}, model, emulated: false, baseURL };
  }
  const { createEmulator } = await import('@resayil/emulator');
  // Some latency, so that the answer visibly streams in token by token.
  const emulator = await createEmulator({ latency: { firstTokenMs: 300, tokenIntervalMs: 60 } });
  console.info(
    `[nextjs-ai-sdk] RESAYIL_API_KEY is not set: answering from the local Resayil emulator at ${emulator.url}. ` +
      'Put RESAYIL_API_KEY in .env.local to talk to the real gateway.',
  );
  return {
    settings: { apiKey: 'emulator', baseURL: emulator.url },
    model,
    emulated: true,
    baseURL: emulator.url,
  };
}
