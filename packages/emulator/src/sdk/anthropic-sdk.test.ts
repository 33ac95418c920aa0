import Anthropic1 from '@anthropic-ai/sdk';
import Anthropic0 from 'anthropic-sdk-0x';
import { describe, expect, it } from 'vitest';
import { withEmulator } from '../../test/support/with-emulator.ts';

const KEY = 'sk-emulator-test';
const weatherTool = {
  name: 'get_weather',
  description: 'Get the current weather for a city',
  input_schema: {
    type: 'object' as const,
    properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
    required: ['city'],
  },
};

/** Both majors are driven through the 1.x typings; the runtime class is the real one of each major. */
type AnyAnthropic = typeof Anthropic1;
const sdks: Array<[string, AnyAnthropic]> = [
  ['@anthropic-ai/sdk 1.x', Anthropic1],
  ['@anthropic-ai/sdk 0.x', Anthropic0 as unknown as AnyAnthropic],
];

describe.each(sdks)('%s against the anthropic profile', (_name, Sdk) => {
  const emulator = withEmulator({ profile: 'anthropic', apiKeys: [KEY] });
  const client = (apiKey = KEY) => new Sdk({ apiKey, baseURL: emulator.current.url, maxRetries: 0 });

  it('messages.create returns the message', async () => {
    const message = await client().messages.create({
      model: 'qwen3.5:397b',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'Hello from the SDK' }],
    });
    expect(message.type).toBe('message');
    expect(message.stop_reason).toBe('end_turn');
    const first = message.content[0];
    expect(first?.type === 'text' && first.text).toContain('Hello from the SDK');
  });

  it('messages.stream emits text deltas and resolves finalMessage', async () => {
    const stream = client().messages.stream({
      model: 'qwen3.5:397b',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'ما هي عاصمة الكويت؟' }],
    });
    const deltas: string[] = [];
    stream.on('text', (delta) => deltas.push(delta));
    const message = await stream.finalMessage();
    expect(deltas.length).toBeGreaterThan(3);
    const first = message.content[0];
    expect(first?.type).toBe('text');
    expect(first?.type === 'text' && first.text).toBe(deltas.join(''));
    expect(deltas.join('')).toMatch(/[\u0600-\u06FF]/u);
    expect(message.usage.output_tokens).toBe(deltas.length);
  });

  it('runs a tool-use round trip, streamed', async () => {
    const sdk = client();
    const question = { role: 'user' as const, content: 'What is the weather in Kuwait City?' };
    const first = await sdk.messages
      .stream({ model: 'qwen3.5:397b', max_tokens: 200, tools: [weatherTool], messages: [question] })
      .finalMessage();
    expect(first.stop_reason).toBe('tool_use');
    const call = first.content.find((b) => b.type === 'tool_use');
    expect(call?.type === 'tool_use' && call.input).toEqual({ city: 'Kuwait City' });
    if (call?.type !== 'tool_use') throw new Error('no tool call');
    const second = await sdk.messages.create({
      model: 'qwen3.5:397b',
      max_tokens: 200,
      tools: [weatherTool],
      messages: [
        question,
        { role: 'assistant', content: first.content as never },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: '38°C and sunny' }] },
      ],
    });
    expect(second.stop_reason).toBe('end_turn');
    const text = second.content[0];
    expect(text?.type === 'text' && text.text).toContain('38°C and sunny');
  });

  it('raises AuthenticationError for a bad key', async () => {
    const error = await client('sk-wrong')
      .messages.create({ model: 'mistral', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Sdk.AuthenticationError);
    expect((error as InstanceType<typeof Sdk.APIError>).status).toBe(401);
    expect(String((error as Error).message)).not.toContain('sk-wrong');
  });

  it('raises RateLimitError for a 429 and an overloaded APIError for a 529', async () => {
    const call = (fault: object) =>
      client()
        .messages.create(
          { model: 'mistral', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] },
          { headers: { 'x-resayil-emulator': JSON.stringify({ fault }) } },
        )
        .catch((e: unknown) => e);
    const limited = await call({ type: 'status', status: 429, retryAfter: 1 });
    expect(limited).toBeInstanceOf(Sdk.RateLimitError);
    const overloaded = (await call({ type: 'status', status: 529 })) as InstanceType<typeof Sdk.APIError>;
    expect(overloaded).toBeInstanceOf(Sdk.APIError);
    expect(overloaded.status).toBe(529);
    expect((overloaded.error as { error?: { type?: string } }).error?.type).toBe('overloaded_error');
    if ('OverloadedError' in Sdk) expect(overloaded).toBeInstanceOf(Sdk.OverloadedError);
  });

  it('surfaces a mid-stream error event as an error', async () => {
    const stream = client().messages.stream(
      { model: 'mistral', max_tokens: 50, messages: [{ role: 'user', content: 'a long story please' }] },
      {
        headers: { 'x-resayil-emulator': JSON.stringify({ fault: { type: 'error_event', afterEvents: 3 } }) },
      },
    );
    await expect(stream.finalMessage()).rejects.toThrow(/Overloaded/u);
  });
});

describe.each(sdks)('%s against the resayil profile (documented defect)', (_name, Sdk) => {
  const emulator = withEmulator({ profile: 'resayil' });

  it('non-streamed create works', async () => {
    const sdk = new Sdk({ apiKey: KEY, baseURL: emulator.current.url, maxRetries: 0 });
    const message = await sdk.messages.create({
      model: 'mistral',
      max_tokens: 20,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(message.model).toBe('mistral:latest');
  });

  it('streaming fails: the SDK drops events without `event:` lines (core client fixes this)', async () => {
    const sdk = new Sdk({ apiKey: KEY, baseURL: emulator.current.url, maxRetries: 0 });
    const stream = sdk.messages.stream({
      model: 'mistral',
      max_tokens: 20,
      messages: [{ role: 'user', content: 'Hi' }],
    });
    const texts: string[] = [];
    stream.on('text', (t) => texts.push(t));
    await expect(stream.finalMessage()).rejects.toThrow(/without sending any chunks/u);
    expect(texts).toEqual([]);
  });
});
