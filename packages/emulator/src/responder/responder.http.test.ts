import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../../test/support/any-json.ts';
import { checkSchema } from '../../test/support/check-schema.ts';
import { chatBody, messagesBody, postForJson, postJson } from '../../test/support/http-client.ts';
import { sseJson } from '../../test/support/parse-sse.ts';
import { withEmulator } from '../../test/support/with-emulator.ts';

const bookingSchema = {
  type: 'object',
  properties: {
    destination: { type: 'string' },
    nights: { type: 'integer', minimum: 1, maximum: 30 },
    room: { type: 'string', enum: ['single', 'double', 'suite'] },
    guests: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 } },
        required: ['name', 'age'],
      },
    },
    breakfast: { type: 'boolean' },
  },
  required: ['destination', 'nights', 'room', 'guests', 'breakfast'],
  additionalProperties: false,
};
const tools = [
  { name: 'book_hotel', description: 'Book a hotel room', input_schema: bookingSchema },
  {
    name: 'get_weather',
    description: 'Get the current weather for a city',
    input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
];

describe.each(['anthropic', 'resayil'] as const)(
  'deterministic responder over HTTP, %s profile',
  (profile) => {
    const emulator = withEmulator({ profile });
    const messages = () => `${emulator.current.url}/v1/messages`;
    const chat = () => `${emulator.current.url}/v1/chat/completions`;

    it('gives identical bytes for identical requests, streamed or not, on both routes', async () => {
      const requests: Array<[string, unknown]> = [
        [messages(), messagesBody('Determinism check', { stream: true, tools })],
        [messages(), messagesBody('Book a hotel in Rome for 3 nights', { tools })],
        [chat(), chatBody('Determinism check', { stream: true })],
        [chat(), chatBody('Determinism check')],
      ];
      for (const [url, body] of requests) {
        const first = await (await postJson(url, body)).text();
        const second = await (await postJson(url, body)).text();
        expect(second).toBe(first);
      }
      const a = await (await postJson(messages(), messagesBody('one'))).text();
      const b = await (await postJson(messages(), messagesBody('two'))).text();
      expect(JSON.parse(a).id).not.toBe(JSON.parse(b).id);
    });

    it('answers an Arabic prompt in Arabic, streamed as several deltas', async () => {
      const res = await postJson(messages(), messagesBody('ما هي عاصمة الكويت؟', { stream: true }));
      const deltas = (sseJson(await res.text()) as AnyJson[]).filter((e) => e.delta?.type === 'text_delta');
      expect(deltas.length).toBeGreaterThan(5);
      const text = deltas.map((e) => e.delta.text).join('');
      expect(text).toMatch(/^[\u0600-\u06FF]/u);
      expect(text).toContain('محاكي');
      const english = await postForJson(messages(), messagesBody('What is the capital of Kuwait?'));
      expect((english.json as AnyJson).content[0].text).not.toMatch(/[\u0600-\u06FF]/u);
    });

    it('calls a tool with arguments valid against its schema, picked from the prompt', async () => {
      const { json } = await postForJson(
        messages(),
        messagesBody('Please book a hotel in Rome for 4 nights, a suite', { tools }),
      );
      const body = json as AnyJson;
      expect(body.stop_reason).toBe('tool_use');
      expect(body.content).toHaveLength(1);
      const call = body.content[0];
      expect(call).toMatchObject({
        type: 'tool_use',
        name: 'book_hotel',
        id: expect.stringMatching(/^toolu_/u),
      });
      expect(checkSchema(call.input, bookingSchema)).toEqual([]);
      expect(call.input).toMatchObject({ destination: 'Rome', nights: 4, room: 'suite' });
    });

    it('calls a tool from an Arabic prompt, with the Arabic place as its argument', async () => {
      const { json } = await postForJson(messages(), messagesBody('ما حالة الطقس في الرياض؟', { tools }));
      const body = json as AnyJson;
      expect(body.stop_reason).toBe('tool_use');
      expect(body.content[0]).toMatchObject({
        type: 'tool_use',
        name: 'get_weather',
        input: { city: 'الرياض' },
      });
    });

    it('calls several tools in parallel when several are asked for', async () => {
      const { json } = await postForJson(
        messages(),
        messagesBody('Check the weather in Rome and book a hotel there', { tools }),
      );
      const names = (json as AnyJson).content.map((b: AnyJson) => b.name);
      expect(names).toEqual(['book_hotel', 'get_weather']);
      const chatTools = tools.map((t) => ({
        type: 'function',
        function: { name: t.name, description: t.description, parameters: t.input_schema },
      }));
      const viaChat = await postForJson(
        chat(),
        chatBody('Check the weather in Rome and book a hotel there', { tools: chatTools }),
      );
      const choice = (viaChat.json as AnyJson).choices[0];
      expect(choice.finish_reason).toBe('tool_calls');
      expect(choice.message.tool_calls.map((c: AnyJson) => c.function.name)).toEqual([
        'book_hotel',
        'get_weather',
      ]);
      expect(typeof choice.message.tool_calls[0].function.arguments).toBe('string');
      expect(checkSchema(JSON.parse(choice.message.tool_calls[0].function.arguments), bookingSchema)).toEqual(
        [],
      );
    });

    it('answers tool results by quoting them', async () => {
      const body = {
        model: 'qwen3.5:397b',
        max_tokens: 300,
        tools,
        messages: [
          { role: 'user', content: 'Weather in Rome?' },
          {
            role: 'assistant',
            content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { city: 'Rome' } }],
          },
          {
            role: 'user',
            content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'Sunny, 24°C' }],
          },
        ],
      };
      const { json } = await postForJson(messages(), body);
      const reply = json as AnyJson;
      expect(reply.stop_reason).toBe('end_turn');
      expect(reply.content[0].text).toContain('get_weather');
      expect(reply.content[0].text).toContain('Sunny, 24°C');
    });

    it('honours tool_choice none, any and tool', async () => {
      const none = await postForJson(
        messages(),
        messagesBody('Weather in Rome?', { tools, tool_choice: { type: 'none' } }),
      );
      expect((none.json as AnyJson).content[0].type).toBe('text');
      const any = await postForJson(
        messages(),
        messagesBody('Hello there', { tools, tool_choice: { type: 'any' } }),
      );
      expect((any.json as AnyJson).content[0]).toMatchObject({ type: 'tool_use' });
      const forced = await postForJson(
        messages(),
        messagesBody('Hello there', { tools, tool_choice: { type: 'tool', name: 'get_weather' } }),
      );
      expect((forced.json as AnyJson).content[0]).toMatchObject({ type: 'tool_use', name: 'get_weather' });
      const required = await postForJson(
        chat(),
        chatBody('Hello there', {
          tools: [{ type: 'function', function: { name: 'ping_server' } }],
          tool_choice: 'required',
        }),
      );
      expect((required.json as AnyJson).choices[0].message.tool_calls[0].function).toEqual({
        name: 'ping_server',
        arguments: '{}',
      });
    });

    it('honours max_tokens with stop reason max_tokens', async () => {
      const { json } = await postForJson(messages(), messagesBody('Write a long answer', { max_tokens: 3 }));
      const reply = json as AnyJson;
      expect(reply.stop_reason).toBe('max_tokens');
      expect(reply.usage.output_tokens).toBe(3);
      expect(reply.content[0].text.split(' ')).toHaveLength(3);
      const viaChat = await postForJson(chat(), chatBody('Write a long answer', { max_tokens: 3 }));
      expect((viaChat.json as AnyJson).choices[0].finish_reason).toBe('length');
    });

    it('honours stop_sequences with stop reason stop_sequence', async () => {
      const { json } = await postForJson(
        messages(),
        messagesBody('Count: one two HALT three', { stop_sequences: ['HALT'] }),
      );
      const reply = json as AnyJson;
      expect(reply.stop_reason).toBe('stop_sequence');
      expect(reply.stop_sequence).toBe('HALT');
      expect(reply.content[0].text).not.toContain('HALT');
      expect(reply.content[0].text).toContain('one two');
    });

    it('reports plausible usage: input grows with the request, output with the answer', async () => {
      const short = (await postForJson(messages(), messagesBody('Hi'))).json as AnyJson;
      const long = (await postForJson(messages(), messagesBody('Hi '.repeat(400)))).json as AnyJson;
      expect(long.usage.input_tokens).toBeGreaterThan(short.usage.input_tokens + 200);
      expect(long.usage.output_tokens).toBeGreaterThan(short.usage.output_tokens);
    });

    it('rejects an image sent to a non-vision model with a 400, and accepts it on a vision model', async () => {
      const image = {
        type: 'image',
        source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' },
      };
      const content = [image, { type: 'text', text: 'What is this?' }];
      const rejected = await postForJson(messages(), messagesBody(content, { model: 'glm-5.1' }));
      expect(rejected.status).toBe(400);
      expect(JSON.stringify(rejected.json)).toContain("Model 'glm-5.1' does not support image input");
      expect((await postForJson(messages(), messagesBody(content, { model: 'kimi-k2.6' }))).status).toBe(200);
      const openaiImage = [{ type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } }];
      const viaChat = await postForJson(chat(), chatBody(openaiImage, { model: 'gemma4:31b' }));
      expect(viaChat.status).toBe(400);
      expect(JSON.stringify(viaChat.json)).toContain("Model 'gemma4:31b' does not support image input");
    });
  },
);
