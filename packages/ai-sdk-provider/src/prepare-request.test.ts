import type { LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_TOKENS } from '@resayil/core';
import { prepareRequest } from './prepare-request.ts';

const prompt: LanguageModelV4CallOptions['prompt'] = [
  { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
];
const weather = {
  type: 'function' as const,
  name: 'get_weather',
  description: 'Weather',
  inputSchema: { type: 'object' as const, properties: { city: { type: 'string' as const } } },
};

describe('prepareRequest', () => {
  it('maps the settings the Messages API has, and warns about the others', async () => {
    const { params, warnings, route } = await prepareRequest('m', {
      prompt,
      maxOutputTokens: 100,
      temperature: 0.5,
      topP: 0.9,
      topK: 40,
      stopSequences: ['END'],
      seed: 7,
      presencePenalty: 1,
      frequencyPenalty: 1,
      reasoning: 'high',
    });
    expect(route).toBe('messages');
    expect(params).toEqual({
      model: 'm',
      max_tokens: 100,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
      temperature: 0.5,
      top_p: 0.9,
      top_k: 40,
      stop_sequences: ['END'],
    });
    expect(warnings.map((warning) => ('feature' in warning ? warning.feature : warning.type))).toEqual([
      'seed',
      'presencePenalty',
      'frequencyPenalty',
      'reasoning',
    ]);
  });

  it('defaults max_tokens, which the Messages API requires', async () => {
    const { params } = await prepareRequest('m', { prompt });
    expect(params.max_tokens).toBe(DEFAULT_MAX_TOKENS);
  });

  it.each([
    [{ type: 'auto' } as const, { type: 'auto' }],
    [{ type: 'none' } as const, { type: 'none' }],
    [{ type: 'required' } as const, { type: 'any' }],
    [{ type: 'tool', toolName: 'get_weather' } as const, { type: 'tool', name: 'get_weather' }],
  ])('maps tool choice %j', async (toolChoice, expected) => {
    const { params } = await prepareRequest('m', { prompt, tools: [weather], toolChoice });
    expect(params.tool_choice).toEqual(expected);
    expect(params.tools).toEqual([
      { name: 'get_weather', description: 'Weather', input_schema: weather.inputSchema },
    ]);
  });

  it('sends structured output as a forced json tool', async () => {
    const schema = {
      type: 'object' as const,
      properties: { a: { type: 'number' as const } },
      required: ['a'],
    };
    const { params, responseToolName } = await prepareRequest('m', {
      prompt,
      responseFormat: { type: 'json', schema },
    });
    expect(responseToolName).toBe('json');
    expect(params.tools).toEqual([{ name: 'json', description: expect.any(String), input_schema: schema }]);
    expect(params.tool_choice).toEqual({ type: 'tool', name: 'json' });
  });

  it('leaves other providers\u2019 tools out with a warning', async () => {
    const { params, warnings } = await prepareRequest('m', {
      prompt,
      tools: [{ type: 'provider', id: 'anthropic.web_search_20250305', name: 'web_search', args: {} }],
    });
    expect(params.tools).toBeUndefined();
    expect(warnings).toEqual([
      { type: 'unsupported', feature: 'provider-defined tool anthropic.web_search_20250305' },
    ]);
  });
});
