import type { EmulatorProfile } from '@resayil/emulator';
import { EMULATOR_PROFILES, TEST_KEY, useEmulator } from '@resayil-internal/test-support/emulator';
import { ChatResayil } from '@resayil/langchain';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AgentEvent } from '../src/agent-event.ts';
import { runTravelAgent } from '../src/run-travel-agent.ts';
import { TripBrief } from '../src/trip-brief.ts';
import { buildExample, runMain } from './support/run-main.ts';

const QUESTION = 'What is the weather in Paris, and convert 250 KWD to EUR?';

interface MessagesBody {
  tools?: { name: string }[];
  tool_choice?: { type: string };
  messages: { role: string; content: unknown }[];
}

describe.each(EMULATOR_PROFILES)('the travel agent (%s profile)', (profile: EmulatorProfile) => {
  const gateway = useEmulator({ profile, latency: { tokenIntervalMs: 20 } });

  it('calls both tools, streams its answer, then gives a typed brief', async () => {
    const model = new ChatResayil({ apiKey: TEST_KEY, baseURL: gateway.url, model: 'qwen3.5:397b' });
    const events: AgentEvent[] = [];
    let answerInFlightAtFirstText: boolean | undefined;
    const { answer, brief } = await runTravelAgent(model, QUESTION, (event) => {
      if (event.type === 'text' && answerInFlightAtFirstText === undefined) {
        answerInFlightAtFirstText = gateway.emulator.requests.at(-1)?.completedAt === undefined;
      }
      events.push(event);
    });

    // Both tools, called in parallel with arguments taken from the question, and their results.
    expect(events.filter((e) => e.type === 'tool_call')).toEqual([
      { type: 'tool_call', name: 'get_weather', args: { city: 'Paris' } },
      { type: 'tool_call', name: 'convert_currency', args: { amount: 250, from: 'KWD', to: 'EUR' } },
    ]);
    const results = events.filter((e) => e.type === 'tool_result');
    expect(results.map((e) => [e.name, JSON.parse(e.content) as unknown])).toEqual([
      ['get_weather', { city: 'Paris', temperatureC: 18, conditions: 'light rain' }],
      ['convert_currency', { amount: 250, from: 'KWD', to: 'EUR', converted: 752.31 }],
    ]);

    // Streaming: many text pieces, the first one on hand while the gateway was still sending.
    const texts = events.filter((e) => e.type === 'text');
    expect(texts.length).toBeGreaterThan(5);
    expect(answerInFlightAtFirstText).toBe(true);
    expect(texts.map((e) => e.text).join('')).toBe(answer);
    expect(answer).toContain('"converted":752.31');

    // Structured output: valid against the schema, with the city from the conversation.
    expect(TripBrief.parse(brief)).toEqual(brief);
    expect(brief.city).toBe('Paris');

    // What the gateway saw: the tools, then their results, then the brief's forced tool call.
    const bodies = gateway.emulator.requests
      .filter((r) => r.path.endsWith('/messages'))
      .map((r) => r.body as MessagesBody);
    expect(bodies).toHaveLength(3);
    expect(bodies[0]?.tools?.map((t) => t.name)).toEqual(['get_weather', 'convert_currency']);
    expect(JSON.stringify(bodies[1]?.messages.at(-1)?.content)).toContain('tool_result');
    expect(bodies[2]?.tool_choice?.type).toBe('any');
    expect(bodies[2]?.tools).toHaveLength(1);
  });
});

describe('npm start', () => {
  const gateway = useEmulator({ profile: 'resayil' });
  beforeAll(() => buildExample(), 60_000);

  it('prints the tool steps, the answer and the brief', async () => {
    const run = await runMain([QUESTION], { RESAYIL_API_KEY: TEST_KEY, RESAYIL_BASE_URL: gateway.url });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('→ get_weather({"city":"Paris"})');
    expect(run.stdout).toContain(
      '← convert_currency: {"amount":250,"from":"KWD","to":"EUR","converted":752.31}',
    );
    const brief = JSON.parse(run.stdout.split('Trip brief (structured output):\n')[1] ?? '') as unknown;
    expect(TripBrief.parse(brief).city).toBe('Paris');
  });

  it('answers from its own emulator without a key, and says so', async () => {
    const run = await runMain([QUESTION], {});
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/RESAYIL_API_KEY is not set: answering from the local Resayil emulator/u);
    expect(run.stdout).toContain('Trip brief (structured output):');
  });

  it('exits 1 with the typed error when the key is wrong', async () => {
    const run = await runMain([QUESTION], { RESAYIL_API_KEY: 'wrong-key', RESAYIL_BASE_URL: gateway.url });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Authentication failed (401)');
    expect(run.stderr).not.toContain('wrong-key');
  });
});
