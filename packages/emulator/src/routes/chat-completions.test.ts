import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../../test/support/any-json.ts';
import { chatBody, postForJson, postJson } from '../../test/support/http-client.ts';
import { parseSse } from '../../test/support/parse-sse.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Get the current weather for a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};

async function chunksOf(res: Response): Promise<{ chunks: AnyJson[]; frames: ReturnType<typeof parseSse> }> {
  const frames = parseSse(await res.text());
  return {
    frames,
    chunks: frames.filter((f) => f.data !== '[DONE]').map((f) => JSON.parse(f.data) as AnyJson),
  };
}

describe('POST /v1/chat/completions, anthropic profile (official OpenAI shape)', () => {
  const emulator = withEmulator({ profile: 'anthropic' });
  const url = () => `${emulator.current.url}/v1/chat/completions`;

  it('answers non-streamed', async () => {
    const { status, json } = await postForJson(url(), chatBody('Say hello'));
    expect(status).toBe(200);
    expect(json).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-/u),
      object: 'chat.completion',
      created: expect.any(Number),
      model: 'qwen3.5:397b',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: expect.stringContaining('Say hello') },
          finish_reason: 'stop',
        },
      ],
      usage: {
        prompt_tokens: expect.any(Number),
        completion_tokens: expect.any(Number),
        total_tokens: expect.any(Number),
      },
    });
  });

  it('streams a role chunk, content chunks, delta {} and a usage chunk on request, then [DONE]', async () => {
    const res = await postJson(
      url(),
      chatBody('Stream please', { stream: true, stream_options: { include_usage: true } }),
    );
    const { frames, chunks } = await chunksOf(res);
    expect(frames.every((f) => f.event === undefined)).toBe(true);
    expect(frames.at(-1)?.data).toBe('[DONE]');
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: '' });
    const final = chunks.at(-2);
    expect(final.choices[0]).toEqual({ index: 0, delta: {}, finish_reason: 'stop' });
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: expect.any(Number) } });
    const text = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
    expect(text).toContain('Stream please');
  });

  it('omits the usage chunk unless asked', async () => {
    const { chunks } = await chunksOf(await postJson(url(), chatBody('Hi', { stream: true })));
    expect(chunks.some((c) => c.usage)).toBe(false);
  });

  it('streams tool calls with arguments in fragments and finish_reason tool_calls', async () => {
    const res = await postJson(url(), chatBody('Weather in Doha?', { stream: true, tools: [weatherTool] }));
    const { chunks } = await chunksOf(res);
    const calls = chunks.flatMap((c) => c.choices[0]?.delta?.tool_calls ?? []);
    expect(calls[0]).toMatchObject({
      index: 0,
      id: expect.stringMatching(/^call_/u),
      type: 'function',
      function: { name: 'get_weather', arguments: '' },
    });
    expect(calls.length).toBeGreaterThan(2);
    expect(JSON.parse(calls.map((c: AnyJson) => c.function.arguments).join(''))).toEqual({ city: 'Doha' });
    expect(chunks.at(-1).choices[0].finish_reason).toBe('tool_calls');
  });

  it('answers role tool messages by quoting the result', async () => {
    const body = {
      model: 'qwen3.5:397b',
      tools: [weatherTool],
      messages: [
        { role: 'user', content: 'Weather in Doha?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: 'call_1',
              type: 'function',
              function: { name: 'get_weather', arguments: '{"city":"Doha"}' },
            },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: '{"temp_c":41}' },
      ],
    };
    const { json } = await postForJson(url(), body);
    const choice = (json as AnyJson).choices[0];
    expect(choice.finish_reason).toBe('stop');
    expect(choice.message.content).toContain('get_weather');
    expect(choice.message.content).toContain('{"temp_c":41}');
  });
});

describe('POST /v1/chat/completions, resayil profile', () => {
  const emulator = withEmulator({ profile: 'resayil' });
  const url = () => `${emulator.current.url}/v1/chat/completions`;

  it('answers non-streamed with the backend model and a uuid id', async () => {
    const { json } = await postForJson(url(), chatBody('Say hello'));
    expect(json).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-[0-9a-f]{8}-[0-9a-f]{4}-/u),
      model: 'qwen3.5:397b-cloud',
    });
  });

  it('puts the role on the first content chunk, ends with delta [] and [DONE], and never sends usage', async () => {
    const res = await postJson(
      url(),
      chatBody('Stream please', { stream: true, stream_options: { include_usage: true } }),
    );
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const { frames, chunks } = await chunksOf(res);
    expect(frames.every((f) => f.event === undefined)).toBe(true);
    expect(frames.at(-1)?.data).toBe('[DONE]');
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: expect.any(String) });
    expect(chunks[0].choices[0].delta.content.length).toBeGreaterThan(0);
    expect(chunks.at(-1).choices[0]).toEqual({ index: 0, delta: [], finish_reason: 'stop' });
    expect(chunks.some((c) => 'usage' in c)).toBe(false);
    expect(chunks.every((c) => c.model === 'qwen3.5:397b-cloud')).toBe(true);
  });

  it('sends each tool call whole in one chunk', async () => {
    const { chunks } = await chunksOf(
      await postJson(url(), chatBody('Weather in Doha?', { stream: true, tools: [weatherTool] })),
    );
    const withCalls = chunks.filter((c) => c.choices[0]?.delta?.tool_calls);
    expect(withCalls).toHaveLength(1);
    const call = withCalls[0].choices[0].delta.tool_calls[0];
    expect(JSON.parse(call.function.arguments)).toEqual({ city: 'Doha' });
    expect(chunks.at(-1).choices[0]).toEqual({ index: 0, delta: [], finish_reason: 'tool_calls' });
  });

  it('accepts content arrays with text parts', async () => {
    const { status } = await postForJson(url(), chatBody([{ type: 'text', text: 'Hi there' }]));
    expect(status).toBe(200);
  });
});
