import { readFileSync } from 'node:fs';
import { createAnthropic } from '@ai-sdk/anthropic';
import type { APICallError, LanguageModelV4 } from '@ai-sdk/provider';
import { TEST_KEY, latestDisconnect } from '@resayil-internal/test-support/emulator';
import { generateText, streamText, type TextStreamPart, type ToolSet } from 'ai';
import { describe, expect, it } from 'vitest';
import {
  TEST_MODEL,
  useResayilProvider,
  type ResayilProviderFixture,
} from './support/use-resayil-provider.ts';
import { streamWithWeatherTools, type ToolLog } from './support/weather-tools.ts';

// The same cases through this provider and through @ai-sdk/anthropic pointed at the emulator with
// `baseURL`, as a user switching from one to the other would try them. The package README shows
// the outcome as a table; `README_ROWS` is that table, and the last test checks it is there.

type Contender = 'resayil' | 'anthropic';
const contenders: Contender[] = ['resayil', 'anthropic'];

function modelOf(contender: Contender, env: ResayilProviderFixture): LanguageModelV4 {
  return contender === 'resayil'
    ? env.model()
    : createAnthropic({ baseURL: `${env.emulator.url}/v1`, apiKey: TEST_KEY })(TEST_MODEL);
}

/** What a streamText call gave: its text, finish reason, the errors it streamed, or what it threw. */
interface StreamOutcome {
  text: string | undefined;
  finishReason: string | undefined;
  errors: string[];
  thrown: string | undefined;
  steps: number;
}

/** The parts of a `streamText` result that an outcome reads. */
interface StreamResult {
  fullStream: AsyncIterable<TextStreamPart<ToolSet>>;
  text: PromiseLike<string>;
  finishReason: PromiseLike<string>;
  steps: PromiseLike<unknown[]>;
}

function streamOutcome(options: Parameters<typeof streamText<ToolSet>>[0]): Promise<StreamOutcome> {
  return outcomeOf(streamText({ ...options, onError: () => {} }));
}

async function outcomeOf(result: StreamResult): Promise<StreamOutcome> {
  const errors: string[] = [];
  try {
    for await (const part of result.fullStream)
      if (part.type === 'error') errors.push(String((part.error as Error).message));
    return {
      text: await result.text,
      finishReason: await result.finishReason,
      errors,
      thrown: undefined,
      steps: (await result.steps).length,
    };
  } catch (error) {
    return { text: undefined, finishReason: undefined, errors, thrown: (error as Error).message, steps: 0 };
  }
}

describe('on the resayil profile (what the real gateway sends)', () => {
  const env = useResayilProvider('resayil');

  it('streamText: this provider streams the answer; @ai-sdk/anthropic gets no answer', async () => {
    const [ours, theirs] = await Promise.all(
      contenders.map((c) => streamOutcome({ model: modelOf(c, env), prompt: 'Hello there' })),
    );
    expect(ours).toMatchObject({ finishReason: 'stop', errors: [] });
    expect(ours?.text).toContain('You wrote: "Hello there"');
    expect(theirs?.errors).toEqual(['Expected a normalized Anthropic stream error']);
    expect(theirs?.text).toBeUndefined();
  });

  it('streamText with a tool and stopWhen: this provider runs the tool; with @ai-sdk/anthropic it never runs', async () => {
    const outcomes: Array<{ outcome: StreamOutcome; log: ToolLog }> = [];
    for (const contender of contenders) {
      const { result, log } = streamWithWeatherTools({ model: modelOf(contender, env), onError: () => {} });
      outcomes.push({ outcome: await outcomeOf(result), log });
    }
    const [ours, theirs] = outcomes;
    expect(ours?.log).toHaveLength(1);
    expect(ours?.outcome.steps).toBe(2);
    expect(theirs?.log).toEqual([]);
    expect(theirs?.outcome.errors).toEqual(['Expected a normalized Anthropic stream error']);
  });

  it('generateText: both answer (the quirks are in the stream)', async () => {
    for (const contender of contenders) {
      const { text } = await generateText({
        model: modelOf(contender, env),
        prompt: 'Hello',
        maxOutputTokens: 512,
      });
      expect(text).toContain('You wrote: "Hello"');
    }
  });

  it('402: this provider says where to top up; @ai-sdk/anthropic says "Payment Required"', async () => {
    const errors: APICallError[] = [];
    for (const contender of contenders) {
      env.emulator.enqueue({ fault: { type: 'status', status: 402 } });
      errors.push(
        (await generateText({ model: modelOf(contender, env), prompt: 'Hello', maxOutputTokens: 512 }).catch(
          (e: unknown) => e,
        )) as APICallError,
      );
    }
    const [ours, theirs] = errors;
    expect(ours?.message).toMatch(/Top up at https:\/\/\S+\/dashboard\/topup/u);
    expect(ours?.isRetryable).toBe(false);
    expect(theirs?.message).toBe('Payment Required');
    expect(theirs?.message).not.toContain('top');
  });
});

describe('on the anthropic profile (the official wire format, which both read)', () => {
  const env = useResayilProvider('anthropic');

  it('a cut stream: this provider streams an error part; @ai-sdk/anthropic throws a generic error', async () => {
    const outcomes: StreamOutcome[] = [];
    for (const contender of contenders) {
      env.emulator.enqueue({ fault: { type: 'cut', afterEvents: 6 } });
      outcomes.push(
        await streamOutcome({ model: modelOf(contender, env), prompt: 'Hello there', maxOutputTokens: 512 }),
      );
    }
    const [ours, theirs] = outcomes;
    expect(ours?.finishReason).toBe('error');
    expect(ours?.errors[0]).toContain('The connection was lost while the reply was streaming');
    expect(theirs?.thrown).toBe('Failed to process successful response');
  });

  it('a cut stream behind toUIMessageStreamResponse(): an error chunk here; the response body breaks there', async () => {
    const bodies: Array<string | Error> = [];
    for (const contender of contenders) {
      env.emulator.enqueue({ fault: { type: 'cut', afterEvents: 6 } });
      const response = streamText({
        model: modelOf(contender, env),
        prompt: 'Hello there',
        maxOutputTokens: 512,
        onError: () => {},
      }).toUIMessageStreamResponse({ onError: (error) => (error as Error).message });
      bodies.push(await response.text().catch((error: unknown) => error as Error));
    }
    const [ours, theirs] = bodies;
    expect(ours).toContain('"type":"error","errorText":"The connection was lost');
    expect(ours).toContain('"finishReason":"error"');
    expect(theirs).toBeInstanceOf(Error);
  });

  it('Stop mid-stream: with both, the gateway sees the client disconnect', async () => {
    for (const contender of contenders) {
      env.emulator.enqueue({ fault: { type: 'stall', afterEvents: 6 } });
      const controller = new AbortController();
      const result = streamText({
        model: modelOf(contender, env),
        prompt: 'Write a long story.',
        maxOutputTokens: 512,
        abortSignal: controller.signal,
      });
      for await (const part of result.fullStream) if (part.type === 'text-delta') controller.abort();
      expect((await latestDisconnect(env.emulator)).clientDisconnected).toBe(true);
    }
  });
});

/** The table in the package README; each row is what one of the tests above checks. */
const README_ROWS = [
  '| `streamText`, `resayil` profile | ✅ streams the answer | ❌ no answer: `Expected a normalized Anthropic stream error` |',
  '| `streamText` + tool with `execute` + `stopWhen`, `resayil` profile | ✅ runs the tool, answers in step 2 | ❌ the tool never runs (same error) |',
  '| `generateText`, `resayil` profile | ✅ answers | ✅ answers |',
  '| 402 out of credits, `resayil` profile | ✅ `APICallError` (not retried) whose message links to the top-up page | ⚠️ `APICallError: Payment Required`, no link |',
  '| Cut stream, `anthropic` profile | ✅ an `error` part ("The connection was lost while the reply was streaming…"), finish reason `error` | ⚠️ the stream throws `Failed to process successful response` |',
  '| Cut stream behind `toUIMessageStreamResponse()` | ✅ an `error` chunk, then `finish` with `error` | ❌ the response body breaks off |',
  '| Stop (`abortSignal`) mid-stream | ✅ the gateway sees the disconnect | ✅ the gateway sees the disconnect |',
];

describe('the package README', () => {
  it('shows the side-by-side results as checked above', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const row of README_ROWS) expect(readme).toContain(row);
  });
});
