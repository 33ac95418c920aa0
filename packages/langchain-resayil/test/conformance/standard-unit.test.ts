import { HumanMessage, type AIMessageChunk } from '@langchain/core/messages';
import { StructuredTool } from '@langchain/core/tools';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ChatResayil } from '../../src/chat-resayil.ts';
import { TEST_KEY } from '@resayil-internal/test-support/emulator';
import { useChatResayil } from '../support/use-chat-resayil.ts';
import { STANDARD_UNIT_ARGS } from './standard-fixtures.ts';

/**
 * LangChain's standard unit tests for chat models (npm `@langchain/standard-tests`), written for this
 * package. No test here needs a reply; the emulator only proves that no request is made.
 */
const person = z
  .object({
    name: z.string().describe('Name of the person'),
    age: z.number().int().positive().describe('Age of the person'),
  })
  .describe('A person');

/** The tool LangChain's unit tests bind. */
class PersonTool extends StructuredTool {
  name = 'PersonTool';
  description = 'A person';
  schema = person;
  async _call(input: z.infer<typeof person>): Promise<string> {
    return JSON.stringify(input);
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('standard unit tests', () => {
  const fixture = useChatResayil('anthropic');
  const args = () => ({ ...STANDARD_UNIT_ARGS, apiKey: TEST_KEY, baseURL: fixture.emulator.url });

  it('testChatModelInit', () => {
    const model = new ChatResayil(args());
    expect(model).toBeInstanceOf(ChatResayil);
    expect(model.maxTokens).toBe(100);
    expect(model.temperature).toBe(0);
  });

  it('testChatModelInitApiKey', () => {
    vi.stubEnv('RESAYIL_API_KEY', '');
    const model = new ChatResayil({ ...STANDARD_UNIT_ARGS, apiKey: 'test' });
    expect(model.toJSON()).toMatchObject({
      kwargs: { api_key: { type: 'secret', id: ['RESAYIL_API_KEY'] } },
    });
  });

  it('testChatModelInitStreaming', () => {
    expect(new ChatResayil({ ...args(), streaming: true }).streaming).toBe(true);
  });

  it('testChatModelWithBindTools', () => {
    const bound = new ChatResayil(args()).bindTools([new PersonTool()]);
    expect(typeof bound.invoke).toBe('function');
  });

  it('testChatModelWithStructuredOutput', () => {
    const structured = new ChatResayil(args()).withStructuredOutput(person);
    expect(typeof structured.invoke).toBe('function');
  });

  it('testStandardParams', () => {
    const params = new ChatResayil(args()).getLsParams({});
    expect(Object.keys(params).sort()).toEqual(
      ['ls_provider', 'ls_model_name', 'ls_model_type', 'ls_temperature', 'ls_max_tokens', 'ls_stop'].sort(),
    );
    expect(params).toMatchObject({
      ls_provider: 'resayil',
      ls_model_type: 'chat',
      ls_temperature: 0,
      ls_max_tokens: 100,
    });
  });

  it('testInvokeThrowsWithAbortedSignal', async () => {
    const model: BaseChatModel = new ChatResayil(args());
    await expect(
      model.invoke([new HumanMessage('hello')], { signal: AbortSignal.abort() }),
    ).rejects.toThrow();
    expect(fixture.emulator.requests).toHaveLength(0);
  });

  it('testStreamReturnsEarlyWithAbortedSignal', async () => {
    const model: BaseChatModel = new ChatResayil(args());
    const chunks: AIMessageChunk[] = [];
    let threw = false;
    try {
      for await (const chunk of await model.stream([new HumanMessage('hello')], {
        signal: AbortSignal.abort(),
      })) {
        chunks.push(chunk);
      }
    } catch {
      threw = true;
    }
    expect(threw || chunks.length === 0).toBe(true);
    expect(chunks).toHaveLength(0);
    expect(fixture.emulator.requests).toHaveLength(0);
  });
});
