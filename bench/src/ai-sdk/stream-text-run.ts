import { performance } from 'node:perf_hooks';
import type { LanguageModelV4 } from '@ai-sdk/provider';
import { streamText } from 'ai';

/** What streaming one reply through the AI SDK's `streamText` cost the client. */
export interface StreamTextRun {
  /** Text deltas received. */
  chunks: number;
  text: string;
  /** From the call to the first text delta. */
  ttftMs: number;
  wallMs: number;
  /** CPU time of this process (user + system) while the stream ran: the client's cost alone, the emulator being elsewhere. */
  cpuMs: number;
}

/** Streams one reply through `streamText({ model, prompt }).fullStream` and times it. */
export async function streamTextRun(model: LanguageModelV4, prompt: string): Promise<StreamTextRun> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let ttftMs = Number.NaN;
  let chunks = 0;
  let text = '';
  const result = streamText({ model, prompt, maxOutputTokens: 4096, maxRetries: 0 });
  for await (const part of result.fullStream) {
    if (part.type === 'error') throw part.error;
    if (part.type !== 'text-delta') continue;
    if (chunks === 0) ttftMs = performance.now() - start;
    chunks++;
    text += part.text;
  }
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { chunks, text, ttftMs, wallMs, cpuMs: (used.user + used.system) / 1000 };
}
