import { ChatAnthropic } from '@langchain/anthropic';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AIMessageChunk } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { collect, usageOf } from './support/collect.ts';
import { TEST_KEY } from '@resayil-internal/test-support/emulator';
import { TEST_MODEL, useChatResayil } from './support/use-chat-resayil.ts';

/**
 * The ChatAnthropic defects in this package's README ("What you gain over pointing ChatAnthropic at
 * the gateway"), rows 1 to 4, on one emulator stream
 * (the official Anthropic wire format): ChatResayil gets each right; ChatAnthropic 1.5.11 (a pinned
 * devDependency, pointed at the same emulator) is shown alongside for contrast.
 */
describe('what ChatResayil gets right where ChatAnthropic does not', () => {
  const fixture = useChatResayil('anthropic');
  const resayil = (): BaseChatModel => fixture.model({ maxRetries: 0 });
  const anthropic = (): BaseChatModel =>
    new ChatAnthropic({
      apiKey: TEST_KEY,
      anthropicApiUrl: fixture.emulator.url,
      model: TEST_MODEL,
      maxRetries: 0,
    });

  async function streamWithUsage(model: BaseChatModel): Promise<AIMessageChunk> {
    // The gateway reports 25 input and 19 output tokens; message_start carries output_tokens: 1.
    fixture.emulator.enqueue({
      reply: {
        content: [{ type: 'text', text: 'Nineteen tokens of answer.' }],
        usage: { input_tokens: 25, output_tokens: 19 },
      },
    });
    return (await collect(await model.stream('Hello'))).message;
  }

  describe('1. streamed output tokens are counted once', () => {
    it('ChatResayil: 19 output tokens', async () => {
      expect(usageOf(await streamWithUsage(resayil()))).toMatchObject({
        input_tokens: 25,
        output_tokens: 19,
        total_tokens: 44,
      });
    });

    it('ChatAnthropic (contrast): 20, message_start’s running count added to the final one', async () => {
      expect(usageOf(await streamWithUsage(anthropic()))).toMatchObject({
        output_tokens: 20,
        total_tokens: 45,
      });
    });
  });

  describe('2. the per-call streamUsage option is honoured', () => {
    const withoutUsage = async (model: BaseChatModel) =>
      (await collect(await model.stream('Hello', { streamUsage: false } as never))).message;

    it('ChatResayil: no usage when the call says streamUsage: false', async () => {
      expect(usageOf(await withoutUsage(resayil()))).toBeUndefined();
    });

    it('ChatAnthropic (contrast): usage anyway', async () => {
      expect(usageOf(await withoutUsage(anthropic()))?.output_tokens).toBeGreaterThan(0);
    });
  });

  describe('3. response_metadata.model survives streaming', () => {
    it('ChatResayil: the model and the stop reason, once each', async () => {
      const message = await streamWithUsage(resayil());
      expect(message.response_metadata).toMatchObject({ model: TEST_MODEL, stop_reason: 'end_turn' });
    });

    it('ChatAnthropic (contrast): no model in response_metadata (it is in additional_kwargs)', async () => {
      const message = await streamWithUsage(anthropic());
      expect(message.response_metadata.model).toBeUndefined();
      expect(message.additional_kwargs.model).toBe(TEST_MODEL);
    });
  });

  describe('4. one message id on every chunk, with callbacks attached', () => {
    async function streamedIds(model: BaseChatModel): Promise<string[]> {
      const ids = new Set<string>();
      for await (const event of model.streamEvents('Hello', { version: 'v2' })) {
        if (event.event === 'on_chat_model_stream')
          ids.add((event.data.chunk as AIMessageChunk).id ?? '(none)');
      }
      return [...ids];
    }

    it('ChatResayil: the provider id only', async () => {
      const ids = await streamedIds(resayil());
      expect(ids).toHaveLength(1);
      expect(ids[0]).toMatch(/^msg_/u);
    });

    it('ChatAnthropic (contrast): the provider id on the first chunk, run-… ids on the rest', async () => {
      const ids = await streamedIds(anthropic());
      expect(ids).toHaveLength(2);
      expect(ids[0]).toMatch(/^msg_/u);
      expect(ids[1]).toMatch(/^run-/u);
    });
  });
});

describe('on the Resayil gateway’s own stream format (data-only SSE lines)', () => {
  const fixture = useChatResayil('resayil');

  it('ChatResayil streams the reply', async () => {
    const { message } = await collect(await fixture.model().stream('Hello'));
    expect(message.text).toContain('Hello');
    expect(usageOf(message)?.output_tokens).toBeGreaterThan(0);
  });

  it('ChatAnthropic (contrast): the official SDK drops every event without an event: line, so nothing arrives', async () => {
    const model = new ChatAnthropic({
      apiKey: TEST_KEY,
      anthropicApiUrl: fixture.emulator.url,
      model: TEST_MODEL,
      maxRetries: 0,
    });
    const chunks: AIMessageChunk[] = [];
    for await (const chunk of await model.stream('Hello')) chunks.push(chunk);
    expect(chunks.map((chunk) => chunk.text).join('')).toBe('');
  });
});
