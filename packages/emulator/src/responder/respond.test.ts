import { describe, expect, it } from 'vitest';
import { chatConversation, messagesConversation } from '../../test/support/conversation-from.ts';
import { respond } from './respond.ts';

const ids = { seed: 'seed', toolIdPrefix: 'toolu_' };
const booking = {
  name: 'book_hotel',
  description: 'Book a hotel room',
  input_schema: {
    type: 'object',
    properties: {
      destination: { type: 'string' },
      nights: { type: 'integer', minimum: 1 },
      checkIn: { type: 'string' },
      room: { type: 'string', enum: ['single', 'double', 'suite'] },
    },
    required: ['destination', 'nights', 'checkIn', 'room'],
  },
};

describe('respond (the examples of the README)', () => {
  it('books from the words of the request', () => {
    const reply = respond(
      messagesConversation({
        tools: [booking],
        messages: [{ role: 'user', content: 'Book 2 nights in Muscat from 5 March, in a suite' }],
      }),
      ids,
    );
    expect(reply.stopReason).toBe('tool_use');
    expect(reply.content).toEqual([
      {
        type: 'tool_use',
        id: expect.stringMatching(/^toolu_/u),
        name: 'book_hotel',
        input: { destination: 'Muscat', nights: 2, checkIn: '2026-03-05', room: 'suite' },
      },
    ]);
  });

  it('calls a weather tool with the city of the question', () => {
    const weather = {
      name: 'get_weather',
      description: 'Get the current weather for a city',
      input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    };
    const reply = respond(
      messagesConversation({
        tools: [weather],
        messages: [{ role: 'user', content: "What's the weather in Doha?" }],
      }),
      ids,
    );
    expect(reply.content).toEqual([
      expect.objectContaining({ name: 'get_weather', input: { city: 'Doha' } }),
    ]);
  });

  it('wraps the usual answer when JSON of no particular shape is asked for', () => {
    const reply = respond(
      chatConversation({
        messages: [{ role: 'user', content: 'Hi, in JSON please' }],
        response_format: { type: 'json_object' },
      }),
      { seed: 's', toolIdPrefix: 'call_' },
    );
    const block = reply.content[0];
    expect(block?.type === 'text' && JSON.parse(block.text)).toEqual({
      answer: expect.stringContaining('You wrote: "Hi, in JSON please"'),
    });
  });

  it('quotes every result of the request, over several rounds', () => {
    const reply = respond(
      messagesConversation({
        messages: [
          { role: 'user', content: 'Where am I, and what is the weather?' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'a', name: 'where', input: {} }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'a', content: 'Sur' }] },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'b', name: 'weather', input: {} }] },
          {
            role: 'user',
            content: [{ type: 'tool_result', tool_use_id: 'b', content: 'Windy', is_error: true }],
          },
        ],
      }),
      ids,
    );
    expect(reply.stopReason).toBe('end_turn');
    expect(reply.content).toEqual([
      {
        type: 'text',
        text: 'Here is what the tools returned.\nThe where tool returned: Sur\nThe weather tool failed: Windy',
      },
    ]);
  });

  it('cuts JSON answers at max_tokens like any text', () => {
    const reply = respond(
      messagesConversation({
        max_tokens: 2,
        system: 'Reply in JSON with the keys city (string) and note (string).',
        messages: [{ role: 'user', content: 'Tell me about Nizwa' }],
      }),
      ids,
    );
    expect(reply.stopReason).toBe('max_tokens');
    expect(reply.usage.output_tokens).toBe(2);
  });
});
