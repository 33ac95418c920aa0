import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../test/support/check-schema.ts';
import { promptHints } from './prompt-hints.ts';
import { synthesizeArguments } from './synthesize-value.ts';

const weather = {
  type: 'object',
  properties: {
    city: { type: 'string', description: 'City name' },
    unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
    days: { type: 'integer', minimum: 1, maximum: 14 },
  },
  required: ['city', 'unit', 'days'],
  additionalProperties: false,
};

describe('synthesizeArguments', () => {
  it('builds schema-valid arguments and picks values from the prompt', () => {
    const args = synthesizeArguments(
      weather,
      promptHints('Weather in Paris for 3 days, in fahrenheit please'),
    );
    expect(checkSchema(args, weather)).toEqual([]);
    expect(args).toEqual({ city: 'Paris', unit: 'fahrenheit', days: 3 });
  });

  it('falls back to schema defaults when the prompt has nothing to offer', () => {
    const args = synthesizeArguments(weather, promptHints('weather?'));
    expect(checkSchema(args, weather)).toEqual([]);
    expect(args).toMatchObject({ unit: 'celsius', days: 1 });
  });

  it('finds an Arabic place name', () => {
    const args = synthesizeArguments(weather, promptHints('ما حالة الطقس في الرياض اليوم؟')) as {
      city: string;
    };
    expect(args.city).toBe('الرياض');
  });

  it('handles nested objects, arrays, refs, unions, consts and formats', () => {
    const schema = {
      type: 'object',
      $defs: {
        item: { type: 'object', properties: { sku: { type: 'string', minLength: 3 } }, required: ['sku'] },
      },
      properties: {
        order: {
          type: 'object',
          properties: {
            items: { type: 'array', items: { $ref: '#/$defs/item' }, minItems: 2, uniqueItems: true },
            note: { type: ['string', 'null'], maxLength: 5 },
            priority: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 5 }] },
            kind: { const: 'express' },
            when: { type: 'string', format: 'date-time' },
            mixed: {
              allOf: [
                { type: 'object', properties: { a: { type: 'boolean' } }, required: ['a'] },
                { properties: { b: { type: 'number', exclusiveMinimum: 0 } }, required: ['b'] },
              ],
            },
          },
          required: ['items', 'note', 'priority', 'kind', 'when', 'mixed'],
        },
        query: { type: 'string' },
      },
      required: ['order', 'query'],
    };
    const args = synthesizeArguments(schema, promptHints('Order two widgets'));
    expect(checkSchema(args, schema)).toEqual([]);
    expect((args as { query: string }).query).toBe('Order two widgets');
  });

  it('uses a quoted string for free-text fields', () => {
    const schema = { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] };
    expect(synthesizeArguments(schema, promptHints('Search the web for "resayil gateway" now'))).toEqual({
      query: 'resayil gateway',
    });
  });

  it('survives recursive schemas', () => {
    const schema = {
      type: 'object',
      $defs: {
        node: { type: 'object', properties: { child: { $ref: '#/$defs/node' } }, required: ['child'] },
      },
      properties: { root: { $ref: '#/$defs/node' } },
      required: ['root'],
    };
    expect(() => synthesizeArguments(schema, promptHints('tree'))).not.toThrow();
  });

  it('takes labelled values by property name, typed by the schema', () => {
    const schema = {
      type: 'object',
      properties: {
        serviceName: { type: 'string' },
        parameters: { type: 'object', additionalProperties: {} },
        retries: { type: 'integer' },
        verbose: { type: 'boolean' },
      },
      required: ['serviceName', 'parameters', 'retries'],
    };
    const prompt = 'Service name: MyService\nParameters: {"param1":"value1"}\nRetries: 3\nVerbose: false';
    expect(synthesizeArguments(schema, promptHints(prompt))).toEqual({
      serviceName: 'MyService',
      parameters: { param1: 'value1' },
      retries: 3,
      verbose: false,
    });
  });

  it('fills dates by format or by name, and optional fields the prompt gives values for', () => {
    const schema = {
      type: 'object',
      properties: {
        city: { type: 'string' },
        checkIn: { type: 'string' },
        at: { type: 'string', format: 'date-time' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
        note: { type: 'string' },
      },
      required: ['checkIn'],
    };
    expect(
      synthesizeArguments(schema, promptHints('A room in Muscat from 2026-02-01 to tomorrow, in fahrenheit')),
    ).toEqual({
      city: 'Muscat',
      checkIn: '2026-02-01',
      at: '2026-01-16T09:30:00Z',
      unit: 'fahrenheit',
    });
  });

  it('handles MCP-style schemas: $defs, anyOf with null, OpenAPI nullable', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      $defs: { Unit: { type: 'string', enum: ['metric', 'imperial'] } },
      properties: {
        location: { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'City' },
        units: { $ref: '#/$defs/Unit' },
        limit: { type: 'integer', nullable: true, minimum: 1 },
        tags: { type: 'array', items: { anyOf: [{ $ref: '#/$defs/Unit' }, { type: 'null' }] } },
      },
      required: ['location', 'units', 'limit', 'tags'],
    };
    const args = synthesizeArguments(schema, promptHints('Forecast for Sur, 5 days, imperial'));
    expect(checkSchema(args, schema)).toEqual([]);
    expect(args).toEqual({ location: 'Sur', units: 'imperial', limit: 5, tags: ['imperial'] });
  });
});
