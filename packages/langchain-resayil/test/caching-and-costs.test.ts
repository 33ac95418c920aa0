import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { Budget, BudgetExceededError } from '@resayil/core';
import { EMULATOR_PROFILES } from '@resayil-internal/test-support/emulator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collect, usageOf } from './support/collect.ts';
import { requestBodies, useChatResayil } from './support/use-chat-resayil.ts';

/** Prompt caching in ChatAnthropic's forms, cache tokens in the usage, and the spending guard. */
const LONG_SYSTEM = 'You are a guide to the Gulf region and answer in one sentence. '.repeat(30);
const cached = { type: 'ephemeral' } as const;

/** What a promise rejected with, or `undefined` when it resolved. */
const settled = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

function systemWithCache(): SystemMessage {
  return new SystemMessage({ content: [{ type: 'text', text: LONG_SYSTEM, cache_control: cached }] });
}

describe.each(EMULATOR_PROFILES)('ChatResayil caching and costs against the %s profile', (profile) => {
  const fixture = useChatResayil(profile);

  it('sends cache_control on system blocks, message parts and tools as given', async () => {
    const lookup = tool(() => 'ok', {
      name: 'lookup',
      description: 'Looks something up',
      schema: z.object({ q: z.string() }),
      extras: { cache_control: cached },
    });
    await fixture
      .model()
      .bindTools([lookup])
      .invoke([
        systemWithCache(),
        new HumanMessage({ content: [{ type: 'text', text: 'Hello', cache_control: cached }] }),
      ]);
    const body = requestBodies(fixture.emulator)[0] as {
      system: unknown;
      messages: Array<{ content: unknown }>;
      tools: Array<Record<string, unknown>>;
    };
    expect(body.system).toEqual([{ type: 'text', text: LONG_SYSTEM, cache_control: cached }]);
    expect(body.messages[0]?.content).toEqual([{ type: 'text', text: 'Hello', cache_control: cached }]);
    expect(body.tools[0]?.cache_control).toEqual(cached);
  });

  it('the cache_control call option marks the end of the conversation', async () => {
    await fixture.model().invoke([new HumanMessage('Hello')], { cache_control: cached });
    const body = requestBodies(fixture.emulator)[0] as { messages: Array<{ content: unknown }> };
    expect(body.messages[0]?.content).toEqual([{ type: 'text', text: 'Hello', cache_control: cached }]);
  });

  it('reports cache writes then reads in usage_metadata, invoked and streamed', async () => {
    const model = fixture.model();
    const first = usageOf(await model.invoke([systemWithCache(), new HumanMessage('Hi')]));
    const written = first?.input_token_details?.cache_creation ?? 0;
    expect(written).toBeGreaterThan(100);
    expect(first?.input_token_details?.cache_read).toBe(0);
    const { message } = await collect(await model.stream([systemWithCache(), new HumanMessage('Where?')]));
    const streamed = usageOf(message);
    expect(streamed?.input_token_details?.cache_read).toBe(written);
    expect(streamed?.input_tokens).toBeGreaterThan(written);
  });

  it('maxCostUsd refuses a call estimated over it, before sending', async () => {
    const error = await settled(fixture.model({ maxCostUsd: 0.0001 }).invoke(LONG_SYSTEM.repeat(4)));
    expect(BudgetExceededError.isInstance(error)).toBe(true);
    expect(requestBodies(fixture.emulator)).toHaveLength(0);
    const perCall = await settled(fixture.model().invoke(LONG_SYSTEM.repeat(4), { maxCostUsd: 0.0001 }));
    expect(BudgetExceededError.isInstance(perCall)).toBe(true);
  });

  it('a shared budget is charged by every call', async () => {
    const budget = new Budget({ limitUsd: 1 });
    const model = fixture.model({ budget });
    await model.invoke('Hello');
    const afterOne = budget.spentUsd;
    expect(afterOne).toBeGreaterThan(0);
    await model.invoke('Hello again');
    expect(budget.spentUsd).toBeGreaterThan(afterOne);
  });

  it('ends a stream that runs over with BudgetExceededError carrying the partial reply', async () => {
    fixture.emulator.enqueue({
      reply: { content: [{ type: 'text', text: 'The Gulf is warm and salty. '.repeat(60) }] },
      fault: { type: 'slow', tokenIntervalMs: 5 },
    });
    let text = '';
    const error = await settled(
      (async () => {
        for await (const chunk of await fixture.model({ maxCostUsd: 0.0002, maxRetries: 0 }).stream('Hi'))
          text += chunk.text;
      })(),
    );
    expect(BudgetExceededError.isInstance(error)).toBe(true);
    expect(text.length).toBeGreaterThan(0);
    expect((error as BudgetExceededError).partial?.content[0]).toMatchObject({ type: 'text', text });
  });
});
