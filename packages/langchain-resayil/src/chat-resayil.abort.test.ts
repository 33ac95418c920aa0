import { ModelAbortError } from '@langchain/core/errors';
import { HumanMessage, type AIMessageChunk } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { EMULATOR_PROFILES } from '@resayil-internal/test-support/emulator';
import { useChatResayil } from '../test/support/use-chat-resayil.ts';

const LONG_PROMPT = 'Please tell me a long story about the sea and the desert, with many details.';

describe.each(EMULATOR_PROFILES)('aborting against the %s profile', (profile) => {
  const fixture = useChatResayil(profile);

  it('rejects invoke() with an aborted signal before any request', async () => {
    const attempt = fixture.model().invoke([new HumanMessage('hello')], { signal: AbortSignal.abort() });
    await expect(attempt).rejects.toThrow();
    await expect(
      fixture.model({ streaming: true }).invoke('hello', { signal: AbortSignal.abort() }),
    ).rejects.toThrow();
    expect(fixture.emulator.requests).toHaveLength(0);
  });

  it('ends stream() with an aborted signal before any request', async () => {
    const chunks: AIMessageChunk[] = [];
    await expect(async () => {
      for await (const chunk of await fixture.model().stream('hello', { signal: AbortSignal.abort() }))
        chunks.push(chunk);
    }).rejects.toThrow();
    expect(chunks).toHaveLength(0);
    expect(fixture.emulator.requests).toHaveLength(0);
  });

  it('stops a stream mid-way, keeps what arrived, and disconnects from the gateway', async () => {
    fixture.emulator.enqueue({ fault: { type: 'stall', afterEvents: 5 } });
    const controller = new AbortController();
    const received: AIMessageChunk[] = [];
    const attempt = (async () => {
      for await (const chunk of await fixture.model().stream(LONG_PROMPT, { signal: controller.signal })) {
        received.push(chunk);
        if (chunk.text !== '') controller.abort();
      }
    })();
    // LangChain's stream() rejects with the signal's reason; the chunks already read are the partial output.
    await expect(attempt).rejects.toThrow(/abort/iu);
    expect(received.some((chunk) => chunk.text !== '')).toBe(true);
    const request = await fixture.emulator.waitForDisconnect(undefined, 5000);
    expect(request.clientDisconnected).toBe(true);
  });

  it('throws ModelAbortError with the partial output when invoke() streams and is aborted', async () => {
    fixture.emulator.enqueue({ fault: { type: 'stall', afterEvents: 6 } });
    const controller = new AbortController();
    const model = fixture.model({
      streaming: true,
      callbacks: [{ handleLLMNewToken: (token: string) => void (token && controller.abort()) }],
    });
    const error = await model.invoke(LONG_PROMPT, { signal: controller.signal }).catch((e: unknown) => e);
    expect(ModelAbortError.isInstance(error)).toBe(true);
    const partial = (error as ModelAbortError).partialOutput;
    expect(partial?.text.length).toBeGreaterThan(0);
    expect(LONG_PROMPT.length).toBeGreaterThan(partial?.text.length ?? Infinity);
    await fixture.emulator.waitForDisconnect(undefined, 5000);
  });

  it('aborts a call that waits for the gateway, as ModelAbortError, without retrying', async () => {
    fixture.emulator.enqueue({ fault: { type: 'stall', afterEvents: 0 } });
    const controller = new AbortController();
    const attempt = fixture.model({ maxRetries: 3 }).invoke('hello', { signal: controller.signal });
    await fixture.emulator.waitForRequest();
    controller.abort();
    const error = await attempt.catch((e: unknown) => e);
    expect(ModelAbortError.isInstance(error)).toBe(true);
    await fixture.emulator.waitForDisconnect(undefined, 5000);
    expect(fixture.emulator.requests).toHaveLength(1);
  });

  it('stops the upstream request when the consumer stops reading', async () => {
    fixture.emulator.enqueue({ fault: { type: 'slow', tokenIntervalMs: 50 } });
    for await (const chunk of await fixture.model().stream(LONG_PROMPT)) {
      if (chunk.text !== '') break;
    }
    const request = await fixture.emulator.waitForDisconnect(undefined, 5000);
    expect(request.clientDisconnected).toBe(true);
  });
});
