import { describe, expect, it } from 'vitest';
import { schemaFromWords } from './schema-from-words.ts';

describe('schemaFromWords', () => {
  it('reads keys with their types in parentheses, after a colon or after "as"', () => {
    expect(
      schemaFromWords(
        'Reply in JSON with the keys name (string), age (integer) and tags (a list of strings).',
      ),
    ).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string' },
        age: { type: 'integer' },
        tags: { type: 'array', items: { type: 'string' }, minItems: 1 },
      },
      required: ['name', 'age', 'tags'],
      additionalProperties: false,
    });
    expect(
      schemaFromWords('Fields: city as a string, sunny as a boolean; score: number')?.properties,
    ).toEqual({
      city: { type: 'string' },
      sunny: { type: 'boolean' },
      score: { type: 'number' },
    });
  });

  it('reads quoted keys, with the type before or after them', () => {
    expect(
      schemaFromWords('Return an object with keys: a string `title` and an integer "year"')?.properties,
    ).toEqual({
      title: { type: 'string' },
      year: { type: 'integer' },
    });
  });

  it('guesses a type from the key when the words give none', () => {
    expect(schemaFromWords('JSON with fields name, price, is_open and count')?.properties).toEqual({
      name: { type: 'string' },
      price: { type: 'number' },
      is_open: { type: 'boolean' },
      count: { type: 'number' },
    });
  });

  it('gives nothing when no keys are listed', () => {
    expect(schemaFromWords('Reply in JSON.')).toBeUndefined();
  });
});
