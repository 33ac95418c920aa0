import { describe, expect, it } from 'vitest';
import { messagesConversation } from '../../test/support/conversation-from.ts';
import { gatherInstructions } from './gather-instructions.ts';
import { MAX_TOOL_ROUNDS, selectTools } from './select-tools.ts';

const object = { type: 'object', properties: {} };
const tools = [
  { name: 'get_weather', description: 'Get the current weather for a city', input_schema: object },
  { name: 'get_time', description: 'Get the local clock time in a timezone', input_schema: object },
  { name: 'searchDocuments', description: 'Full-text search over the knowledge base', input_schema: object },
];

function names(body: Record<string, unknown>): string[] {
  const conversation = messagesConversation({ tools, ...body });
  return selectTools(conversation, gatherInstructions(conversation)).map((tool) => tool.name);
}
const ask = (prompt: string, extra: Record<string, unknown> = {}) =>
  names({ messages: [{ role: 'user', content: prompt }], ...extra });

describe('selectTools: the request', () => {
  it('calls a tool the prompt names', () => {
    expect(ask('Please use the get_time tool')).toEqual(['get_time']);
    expect(ask('get weather for Paris')).toEqual(['get_weather']);
  });

  it('calls a tool whose description words the prompt uses', () => {
    expect(ask('Is it going to rain? What is the weather like?')).toEqual(['get_weather']);
    expect(ask('Look through the knowledge base')).toEqual(['searchDocuments']);
  });

  it('calls several tools in parallel when several are asked for, one when parallel calls are off', () => {
    expect(ask('What is the weather and the local time in Tokyo?')).toEqual(['get_weather', 'get_time']);
    const single = { tool_choice: { type: 'auto', disable_parallel_tool_use: true } };
    expect(ask('What is the weather and the local time in Tokyo?', single)).toEqual(['get_weather']);
  });

  it('calls nothing for small talk', () => {
    expect(ask('Hello, how are you?')).toEqual([]);
  });

  it('understands common Arabic subject words', () => {
    expect(ask('ما حالة الطقس في الرياض؟')).toEqual(['get_weather']);
    expect(ask('كم الساعة الآن في طوكيو؟')).toEqual(['get_time']);
    expect(ask('مرحبا، كيف حالك؟')).toEqual([]);
  });
});

describe('selectTools: tool_choice', () => {
  it('none forbids, a named tool is forced, any forces the asked tool or the first', () => {
    expect(ask('What is the weather?', { tool_choice: { type: 'none' } })).toEqual([]);
    expect(ask('Hello', { tool_choice: { type: 'any' } })).toEqual(['get_weather']);
    expect(ask('What time is it?', { tool_choice: { type: 'any' } })).toEqual(['get_time']);
    expect(ask('Hello', { tool_choice: { type: 'tool', name: 'get_time' } })).toEqual(['get_time']);
  });

  it('none wins over a system prompt that orders a call', () => {
    expect(ask('Hello', { system: 'Always call get_time.', tool_choice: { type: 'none' } })).toEqual([]);
  });
});

describe('selectTools: instructions in the system prompt and earlier turns', () => {
  it('calls the tool the system prompt orders by name, whatever the request', () => {
    expect(ask('Hello', { system: 'You must ALWAYS call the get_time function.' })).toEqual(['get_time']);
    expect(
      ask('Hello', {
        system: [
          { type: 'text', text: 'Be brief.' },
          { type: 'text', text: 'Use searchDocuments.' },
        ],
      }),
    ).toEqual(['searchDocuments']);
  });

  it('calls the tool the system prompt orders by what it does', () => {
    const adder = [{ name: 'AdderTool', description: 'Add two integers', input_schema: object }];
    expect(
      names({
        tools: adder,
        system: 'You are bad at math and must ALWAYS call the math_addition function.',
        messages: [{ role: 'user', content: 'What is the sum of 1836281973 and 19973286?' }],
      }),
    ).toEqual(['AdderTool']);
    expect(ask('Hi', { system: 'Always consult the knowledge base search before answering.' })).toEqual([
      'searchDocuments',
    ]);
  });

  it('calls the only tool when told to always call "the function"', () => {
    const one = [tools[1]];
    expect(
      names({ tools: one, system: 'Always call the function.', messages: [{ role: 'user', content: 'Hi' }] }),
    ).toEqual(['get_time']);
  });

  it('follows a conditional order only when its condition appears in the request', () => {
    const system = 'When the user asks about documents, use searchDocuments.';
    expect(ask('Find the documents about leave policy', { system })).toEqual(['searchDocuments']);
    expect(ask('Hello there', { system })).toEqual([]);
  });

  it('obeys a prohibition', () => {
    expect(ask('What is the weather?', { system: 'Never call get_weather.' })).toEqual([]);
    expect(ask('What is the weather?', { system: 'Do not use any tools.' })).toEqual([]);
  });

  it('takes orders from earlier user turns', () => {
    const messages = [
      { role: 'user', content: 'From now on, always use get_time.' },
      { role: 'assistant', content: 'Understood.' },
      { role: 'user', content: 'Hello again' },
    ];
    expect(names({ messages })).toEqual(['get_time']);
  });

  it('repeats a call made for an earlier request of the same shape (few-shot examples)', () => {
    const messages = [
      { role: 'user', content: 'What is 1 + 2' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'get_time', input: {} }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: '3' }] },
      { role: 'assistant', content: '3' },
      { role: 'user', content: 'What is 3 + 4' },
    ];
    expect(names({ messages })).toEqual(['get_time']);
  });
});

describe('selectTools: after tool results', () => {
  const afterWeather = (extra: Record<string, unknown> = {}, system?: string) => {
    const messages = [
      { role: 'user', content: 'weather in Paris' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'get_weather', input: {} }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'Sunny' }] },
    ];
    return names({ messages, ...(system ? { system } : {}), ...extra });
  };

  it('answers in text once the wanted tools were called (auto or none)', () => {
    expect(afterWeather()).toEqual([]);
    expect(afterWeather({ tool_choice: { type: 'none' } })).toEqual([]);
    expect(afterWeather({}, 'Always call get_weather.')).toEqual([]);
  });

  it('keeps calling when tool_choice forces it, preferring the last tool not called yet', () => {
    expect(afterWeather({ tool_choice: { type: 'any' } })).toEqual(['searchDocuments']);
    expect(afterWeather({ tool_choice: { type: 'tool', name: 'get_weather' } })).toEqual(['get_weather']);
  });

  it('calls the next tool of a chain, one per round', () => {
    const chain = 'First call get_weather, then call get_time, and finally use searchDocuments.';
    expect(ask('Plan my day', { system: chain })).toEqual(['get_weather']);
    expect(afterWeather({}, chain)).toEqual(['get_time']);
  });

  it('calls a tool left over when parallel calls were off', () => {
    const messages = [
      { role: 'user', content: 'What is the weather and the local time in Tokyo?' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'get_weather', input: {} }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'Rain' }] },
    ];
    expect(names({ messages, tool_choice: { type: 'auto', disable_parallel_tool_use: true } })).toEqual([
      'get_time',
    ]);
  });

  it(`stops after ${MAX_TOOL_ROUNDS} rounds for one request`, () => {
    const many = Array.from({ length: MAX_TOOL_ROUNDS + 2 }, (_, i) => ({
      name: `step_${i}`,
      description: `Step number ${i}`,
      input_schema: object,
    }));
    const system = `Call ${many.map((t) => t.name).join(', then call ')}.`;
    const messages: unknown[] = [{ role: 'user', content: 'Go' }];
    for (let round = 0; round < MAX_TOOL_ROUNDS; round++) {
      messages.push({
        role: 'assistant',
        content: [{ type: 'tool_use', id: `t${round}`, name: `step_${round}`, input: {} }],
      });
      messages.push({
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: `t${round}`, content: 'ok' }],
      });
      const next = names({ tools: many, system, messages: messages.slice(0, -2) });
      expect(next).toEqual([`step_${round}`]);
    }
    expect(names({ tools: many, system, messages })).toEqual([]);
  });
});
