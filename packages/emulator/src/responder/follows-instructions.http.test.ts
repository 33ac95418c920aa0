import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../../test/support/any-json.ts';
import { checkSchema } from '../../test/support/check-schema.ts';
import { askModel, type ModelApi } from '../../test/support/model-reply.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

/** A tool, written once and sent in each API's format. */
interface ToolDef {
  name: string;
  description: string;
  schema: Record<string, unknown>;
}

/** `tool_choice` in neutral terms, sent in each API's format. */
type Choice = 'auto' | 'any' | 'none' | { name: string } | { parallel: false };

interface Ask {
  system?: string;
  /** Conversation turns in Messages form (tool_use / tool_result blocks are converted for chat). */
  messages: AnyJson[];
  tools?: ToolDef[];
  choice?: Choice;
  extra?: Record<string, unknown>;
}

const addNumbers: ToolDef = {
  name: 'add_numbers',
  description: 'Adds two numbers.',
  schema: {
    type: 'object',
    properties: { a: { type: 'number' }, b: { type: 'number' } },
    required: ['a', 'b'],
  },
};
const weather: ToolDef = {
  name: 'get_weather',
  description: 'Get the current weather for a city',
  schema: {
    type: 'object',
    properties: {
      city: { type: 'string' },
      unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
      date: { type: 'string', format: 'date' },
    },
    required: ['city', 'unit'],
  },
};
const clock: ToolDef = {
  name: 'get_time',
  description: 'Get the local time in a city',
  schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};
const locate: ToolDef = {
  name: 'get_user_city',
  description: 'Find the city the user is in',
  schema: { type: 'object', properties: {} },
};

const ISSUE_SYSTEM = 'You are bad at math and must ALWAYS call the add_numbers function.';
const ISSUE_QUESTION = 'What is the sum of 1836281973 and 19973286?';

/** The request body for one API. */
function bodyFor(api: ModelApi, ask: Ask): Record<string, unknown> {
  const tools = ask.tools ?? [];
  if (api === 'messages') {
    return {
      model: 'qwen3.5:397b',
      max_tokens: 400,
      ...(ask.system ? { system: ask.system } : {}),
      messages: ask.messages,
      ...(tools.length
        ? { tools: tools.map((t) => ({ ...t, schema: undefined, input_schema: t.schema })) }
        : {}),
      ...(ask.choice ? { tool_choice: messagesChoice(ask.choice) } : {}),
      ...ask.extra,
    };
  }
  const choice = ask.choice;
  return {
    model: 'qwen3.5:397b',
    messages: [
      ...(ask.system ? [{ role: 'system', content: ask.system }] : []),
      ...ask.messages.flatMap(chatMessages),
    ],
    ...(tools.length
      ? {
          tools: tools.map((t) => ({
            type: 'function',
            function: { name: t.name, description: t.description, parameters: t.schema },
          })),
        }
      : {}),
    ...(choice && typeof choice === 'object' && 'parallel' in choice
      ? { parallel_tool_calls: false }
      : choice
        ? { tool_choice: chatChoice(choice) }
        : {}),
    ...ask.extra,
  };
}

function messagesChoice(choice: Choice): unknown {
  if (typeof choice === 'string') return { type: choice };
  return 'name' in choice
    ? { type: 'tool', name: choice.name }
    : { type: 'auto', disable_parallel_tool_use: true };
}

function chatChoice(choice: Exclude<Choice, { parallel: false }>): unknown {
  if (choice === 'any') return 'required';
  if (typeof choice === 'string') return choice;
  return { type: 'function', function: { name: choice.name } };
}

function chatMessages(message: AnyJson): AnyJson[] {
  if (typeof message.content === 'string') return [message];
  const uses = message.content.filter((b: AnyJson) => b.type === 'tool_use');
  if (uses.length > 0) {
    return [
      {
        role: 'assistant',
        content: null,
        tool_calls: uses.map((u: AnyJson) => ({
          id: u.id,
          type: 'function',
          function: { name: u.name, arguments: JSON.stringify(u.input) },
        })),
      },
    ];
  }
  return message.content
    .filter((b: AnyJson) => b.type === 'tool_result')
    .map((r: AnyJson) => ({ role: 'tool', tool_call_id: r.tool_use_id, content: r.content }));
}

const user = (content: string) => ({ role: 'user', content });
const STOP_OF = {
  messages: { end: 'end_turn', tool: 'tool_use', stop: 'stop_sequence', length: 'max_tokens' },
  chat: { end: 'stop', tool: 'tool_calls', stop: 'stop', length: 'length' },
};

describe.each(['anthropic', 'resayil'] as const)(
  'a model that follows instructions, %s profile',
  (profile) => {
    const emulator = withEmulator({ profile });
    const matrix = (['messages', 'chat'] as const).flatMap((api) =>
      [false, true].map((stream) => ({ api, stream })),
    );

    describe.each(matrix)('$api API, stream: $stream', ({ api, stream }) => {
      const ask = (request: Ask) => askModel(emulator.current.url, api, bodyFor(api, request), stream);

      it('calls the tool the system prompt orders, with the numbers of the question (the issue example)', async () => {
        const reply = await ask({
          system: ISSUE_SYSTEM,
          messages: [user(ISSUE_QUESTION)],
          tools: [addNumbers],
        });
        expect(reply.toolCalls).toEqual([
          {
            id: expect.stringMatching(/^(?:toolu_|call_)/u),
            name: 'add_numbers',
            input: { a: 1836281973, b: 19973286 },
          },
        ]);
        expect(reply.stop).toBe(STOP_OF[api].tool);
        expect(reply.text).toBe('');
      });

      it('fills arguments from the request by the schema: place, enum, date', async () => {
        const reply = await ask({
          messages: [user('What will the weather be in Doha tomorrow, in fahrenheit?')],
          tools: [weather],
        });
        expect(reply.toolCalls[0]?.input).toEqual({ city: 'Doha', unit: 'fahrenheit', date: '2026-01-16' });
        expect(checkSchema(reply.toolCalls[0]?.input, weather.schema)).toEqual([]);
      });

      it('fills an MCP-style schema ($defs, $ref, anyOf with null, nullable) validly', async () => {
        const flights: ToolDef = {
          name: 'search_flights',
          description: 'Search flights to a city',
          schema: {
            $schema: 'https://json-schema.org/draft/2020-12/schema',
            type: 'object',
            $defs: { Cabin: { type: 'string', enum: ['economy', 'business'] } },
            properties: {
              destination: { anyOf: [{ type: 'string' }, { type: 'null' }] },
              date: { type: 'string', format: 'date' },
              cabin: { $ref: '#/$defs/Cabin' },
              max_stops: { type: 'integer', nullable: true, minimum: 0 },
            },
            required: ['destination', 'date', 'cabin', 'max_stops'],
            additionalProperties: false,
          },
        };
        const reply = await ask({
          messages: [user('Search flights to Doha on 2026-04-02 in business, 0 stops')],
          tools: [flights],
        });
        expect(reply.toolCalls[0]?.input).toEqual({
          destination: 'Doha',
          date: '2026-04-02',
          cabin: 'business',
          max_stops: 0,
        });
        expect(checkSchema(reply.toolCalls[0]?.input, flights.schema)).toEqual([]);
      });

      it('honours tool_choice: none, any/required, a named tool, and no parallel calls', async () => {
        const both = [weather, clock];
        const question = [user('What is the weather and the local time in Muscat?')];
        const auto = await ask({ messages: question, tools: both });
        expect(auto.toolCalls.map((c) => c.name)).toEqual(['get_weather', 'get_time']);
        const none = await ask({ messages: question, tools: both, choice: 'none' });
        expect(none.toolCalls).toEqual([]);
        expect(none.text).not.toBe('');
        const any = await ask({ messages: [user('Hello')], tools: both, choice: 'any' });
        expect(any.toolCalls.map((c) => c.name)).toEqual(['get_weather']);
        const named = await ask({ messages: [user('Hello')], tools: both, choice: { name: 'get_time' } });
        expect(named.toolCalls).toEqual([
          expect.objectContaining({ name: 'get_time', input: { city: 'Kuwait City' } }),
        ]);
        const single = await ask({ messages: question, tools: both, choice: { parallel: false } });
        expect(single.toolCalls.map((c) => c.name)).toEqual(['get_weather']);
      });

      it('answers a tool result by quoting it', async () => {
        const reply = await ask({
          system: ISSUE_SYSTEM,
          tools: [addNumbers],
          messages: [
            user(ISSUE_QUESTION),
            {
              role: 'assistant',
              content: [{ type: 'tool_use', id: 'call_1', name: 'add_numbers', input: { a: 1, b: 2 } }],
            },
            {
              role: 'user',
              content: [{ type: 'tool_result', tool_use_id: 'call_1', content: '1856255259' }],
            },
          ],
        });
        expect(reply.toolCalls).toEqual([]);
        expect(reply.stop).toBe(STOP_OF[api].end);
        expect(reply.text).toContain('add_numbers');
        expect(reply.text).toContain('1856255259');
      });

      it("follows a chain of tools, the second filled from the first one's result", async () => {
        const system = 'First call get_user_city, then call get_weather for that city.';
        const first = await ask({
          system,
          tools: [locate, weather],
          messages: [user('How is the weather?')],
        });
        expect(first.toolCalls.map((c) => c.name)).toEqual(['get_user_city']);
        const history = [
          user('How is the weather?'),
          {
            role: 'assistant',
            content: [{ type: 'tool_use', id: 'call_a', name: 'get_user_city', input: {} }],
          },
          {
            role: 'user',
            content: [{ type: 'tool_result', tool_use_id: 'call_a', content: '{"city":"Salalah"}' }],
          },
        ];
        const second = await ask({ system, tools: [locate, weather], messages: history });
        expect(second.toolCalls).toEqual([
          expect.objectContaining({ name: 'get_weather', input: { city: 'Salalah', unit: 'celsius' } }),
        ]);
        const done = await ask({
          system,
          tools: [locate, weather],
          messages: [
            ...history,
            {
              role: 'assistant',
              content: [{ type: 'tool_use', id: 'call_b', name: 'get_weather', input: { city: 'Salalah' } }],
            },
            {
              role: 'user',
              content: [{ type: 'tool_result', tool_use_id: 'call_b', content: 'Drizzle, 24°C' }],
            },
          ],
        });
        expect(done.toolCalls).toEqual([]);
        expect(done.text).toContain('Salalah');
        expect(done.text).toContain('Drizzle, 24°C');
      });

      it('stops at a stop sequence', async () => {
        const stop = api === 'messages' ? { stop_sequences: ['emulator'] } : { stop: ['emulator'] };
        const reply = await ask({ messages: [user('Hello')], extra: stop });
        expect(reply.text).toBe('This is the Resayil ');
        expect(reply.stop).toBe(STOP_OF[api].stop);
        if (api === 'messages') expect(reply.stopSequence).toBe('emulator');
      });

      it('truncates at max_tokens', async () => {
        const reply = await ask({ messages: [user('Write a long answer')], extra: { max_tokens: 4 } });
        expect(reply.text).toBe('This is the Resayil');
        expect(reply.stop).toBe(STOP_OF[api].length);
      });

      it('answers in JSON valid for the requested schema', async () => {
        const schema = {
          type: 'object',
          properties: {
            city: { type: 'string' },
            nights: { type: 'integer', minimum: 1 },
            tags: { type: 'array', items: { type: 'string' } },
          },
          required: ['city', 'nights', 'tags'],
          additionalProperties: false,
        };
        const format =
          api === 'messages'
            ? { output_format: { type: 'json_schema', schema } }
            : { response_format: { type: 'json_schema', json_schema: { name: 'trip', schema } } };
        const reply = await ask({ messages: [user('Plan 3 nights in Muscat')], extra: format });
        const value = JSON.parse(reply.text) as unknown;
        expect(checkSchema(value, schema)).toEqual([]);
        expect(value).toMatchObject({ city: 'Muscat', nights: 3 });
      });

      it('answers in JSON when the system prompt asks for keys and types in words', async () => {
        const reply = await ask({
          system:
            'Reply only in JSON with the keys city (string), population (integer) and coastal (boolean).',
          messages: [user('Tell me about Sur')],
        });
        expect(JSON.parse(reply.text)).toEqual({ city: 'Sur', population: 1, coastal: true });
      });

      it('gives the same bytes for the same request', async () => {
        const body = bodyFor(api, {
          system: ISSUE_SYSTEM,
          messages: [user(ISSUE_QUESTION)],
          tools: [addNumbers],
        });
        const first = await askModel(emulator.current.url, api, body, stream);
        const second = await askModel(emulator.current.url, api, body, stream);
        expect(second.raw).toBe(first.raw);
      });
    });

    describe("sampling parameters, validated by the real API's ranges", () => {
      const statusFor = profile === 'anthropic' ? 400 : 422;
      const cases: Array<[ModelApi, Record<string, unknown>, string]> = [
        ['messages', { temperature: 1.5 }, 'temperature'],
        ['messages', { top_p: 1.2 }, 'top_p'],
        ['messages', { top_k: -1 }, 'top_k'],
        ['chat', { temperature: 2.5 }, 'temperature'],
        ['chat', { top_p: -0.1 }, 'top_p'],
        ['chat', { n: 0 }, 'n'],
        ['chat', { response_format: { type: 'yaml' } }, 'response_format.type'],
      ];
      it.each(cases)('%s %o is refused, naming %s', async (api, extra, field) => {
        const reply = await askModel(
          emulator.current.url,
          api,
          bodyFor(api, { messages: [user('Hi')], extra }),
          false,
        );
        expect(reply.status).toBe(statusFor);
        const body = JSON.parse(reply.raw) as AnyJson;
        if (profile === 'resayil') expect(Object.keys(body.errors)).toEqual([field]);
        else {
          expect(body.error.type).toBe('invalid_request_error');
          expect(body.error.message).toContain(field);
        }
      });

      it('accepts values inside the ranges (temperature up to 1 on Messages, 2 on chat)', async () => {
        const ok = [
          await askModel(
            emulator.current.url,
            'messages',
            bodyFor('messages', { messages: [user('Hi')], extra: { temperature: 1, top_p: 0.9, top_k: 40 } }),
            false,
          ),
          await askModel(
            emulator.current.url,
            'chat',
            bodyFor('chat', { messages: [user('Hi')], extra: { temperature: 2, top_p: 1, seed: 7 } }),
            true,
          ),
        ];
        expect(ok.map((r) => r.status)).toEqual([200, 200]);
      });
    });

    describe('instructions from every place a prompt can hold them', () => {
      const url = () => emulator.current.url;
      const toolCall = (r: { toolCalls: Array<{ name: string }> }) => r.toolCalls.map((c) => c.name);

      it('a system prompt given as blocks', async () => {
        const body = bodyFor('messages', { messages: [user(ISSUE_QUESTION)], tools: [addNumbers] });
        body.system = [
          { type: 'text', text: 'You are terse.' },
          { type: 'text', text: ISSUE_SYSTEM },
        ];
        expect(toolCall(await askModel(url(), 'messages', body, false))).toEqual(['add_numbers']);
      });

      it('an OpenAI developer message', async () => {
        const body = bodyFor('chat', { messages: [user(ISSUE_QUESTION)], tools: [addNumbers] });
        body.messages = [{ role: 'developer', content: ISSUE_SYSTEM }, user(ISSUE_QUESTION)];
        expect(toolCall(await askModel(url(), 'chat', body, false))).toEqual(['add_numbers']);
      });

      it('an earlier user turn', async () => {
        const messages = [
          user(`${ISSUE_SYSTEM} Understood?`),
          { role: 'assistant', content: 'Yes.' },
          user(ISSUE_QUESTION),
        ];
        for (const api of ['messages', 'chat'] as const) {
          const reply = await askModel(url(), api, bodyFor(api, { messages, tools: [addNumbers] }), false);
          expect(reply.toolCalls).toEqual([
            expect.objectContaining({ input: { a: 1836281973, b: 19973286 } }),
          ]);
        }
      });
    });
  },
);
