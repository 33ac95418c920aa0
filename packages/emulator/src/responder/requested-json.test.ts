import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../test/support/check-schema.ts';
import { chatConversation, messagesConversation } from '../../test/support/conversation-from.ts';
import { composeJson } from './compose-json.ts';
import { gatherInstructions } from './gather-instructions.ts';
import { argumentHints } from './prompt-hints.ts';
import { requestedJson, schemaOfExample } from './requested-json.ts';

const schema = {
  type: 'object',
  properties: { a: { type: 'integer' }, b: { type: 'integer' } },
  required: ['a', 'b'],
};
const jsonOf = (conversation: ReturnType<typeof messagesConversation>) =>
  requestedJson(conversation.jsonFormat, gatherInstructions(conversation));
const ask = (system: string, request = 'Add 2 and 40') =>
  jsonOf(messagesConversation({ system, messages: [{ role: 'user', content: request }] }));

describe('requestedJson', () => {
  it('takes the schema of response_format json_schema and of output_format / output_config.format', () => {
    const chat = chatConversation({
      messages: [{ role: 'user', content: 'Hi' }],
      response_format: { type: 'json_schema', json_schema: { name: 'sum', schema } },
    });
    expect(jsonOf(chat)).toEqual({ schema });
    for (const field of [
      { output_format: { type: 'json_schema', schema } },
      { output_config: { format: { type: 'json_schema', schema } } },
    ]) {
      expect(jsonOf(messagesConversation({ messages: [{ role: 'user', content: 'Hi' }], ...field }))).toEqual(
        { schema },
      );
    }
  });

  it('wants any object for json_object, unless the prompt describes one', () => {
    const plain = chatConversation({
      messages: [{ role: 'user', content: 'Hi, answer in json' }],
      response_format: { type: 'json_object' },
    });
    expect(jsonOf(plain)).toEqual({ schema: undefined });
    const described = chatConversation({
      messages: [
        { role: 'system', content: 'Give JSON with keys x (number).' },
        { role: 'user', content: 'Hi' },
      ],
      response_format: { type: 'json_object' },
    });
    expect(jsonOf(described)?.schema).toMatchObject({ properties: { x: { type: 'number' } } });
  });

  it('reads a JSON Schema embedded in the system prompt (withStructuredOutput jsonSchema)', () => {
    const system = `Answer with one JSON object that conforms to the JSON Schema below:\n\n${JSON.stringify(schema)}`;
    expect(ask(system)).toEqual({ schema });
  });

  it('reads an example object as the schema of its values', () => {
    expect(ask('Respond in JSON like {"city": "Doha", "temp": 31.5, "tags": ["hot"]}.')?.schema).toEqual(
      schemaOfExample({ city: 'x', temp: 0.5, tags: ['x'] }),
    );
  });

  it('reads keys and types in words', () => {
    expect(
      ask('Reply only with JSON with the keys total (integer) and note (string).')?.schema,
    ).toMatchObject({
      required: ['total', 'note'],
    });
  });

  it('wants nothing when JSON is only talked about', () => {
    expect(ask('You are helpful.', 'What is a JSON object?')).toBeUndefined();
  });
});

describe('composeJson', () => {
  it('fills the schema from the prompt, or wraps the answer', () => {
    const conversation = messagesConversation({ messages: [{ role: 'user', content: 'Add 2 and 40' }] });
    const hints = argumentHints(gatherInstructions(conversation));
    const text = composeJson({ schema }, hints, 'ignored');
    expect(JSON.parse(text)).toEqual({ a: 2, b: 40 });
    expect(checkSchema(JSON.parse(text), schema)).toEqual([]);
    expect(JSON.parse(composeJson({ schema: undefined }, hints, 'Hello'))).toEqual({ answer: 'Hello' });
  });
});
