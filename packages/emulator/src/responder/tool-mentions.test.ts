import { describe, expect, it } from 'vitest';
import { describesTool, nameIndex, sameStem, stem, subjectWords, wordsOf } from './tool-mentions.ts';

const adder = { name: 'AdderTool', description: 'Add two integers', schema: {} };
const weather = {
  name: 'get_current_weather',
  description: 'Get the current weather for a location.',
  schema: {},
};

describe('tool mentions', () => {
  it('splits text and names into lower-case words', () => {
    expect(wordsOf('getCurrentWeather and search-docs_v2')).toEqual([
      'get',
      'current',
      'weather',
      'and',
      'search',
      'docs',
      'v2',
    ]);
  });

  it('stems words so that a tool is recognised by what it does', () => {
    expect(stem('addition')).toBe('add');
    expect(stem('adder')).toBe('add');
    expect(stem('calculator')).toBe(stem('calculate'));
    expect(sameStem('weather', 'weathers')).toBe(true);
    expect(sameStem('time', 'timezone')).toBe(false);
    expect(sameStem('currency', 'current')).toBe(false);
  });

  it('finds a name written as is, in another case, or with spaces for _ - and camelCase', () => {
    expect(nameIndex('call get_current_weather now', weather)).toBe(5);
    expect(nameIndex('What is adderTool(1, 2)?', adder)).toBe(8);
    expect(nameIndex('use the get current weather tool', weather)).toBe(8);
    expect(nameIndex('weather please', weather)).toBe(-1);
  });

  it('says what a tool does from its name and description, without filler', () => {
    expect(subjectWords(adder)).toEqual(['adder', 'add', 'two', 'integers']);
    expect(describesTool(['math', 'addition'], adder)).toBe(true);
    expect(describesTool(['weather'], adder)).toBe(false);
    expect(describesTool(['location'], weather)).toBe(true);
  });
});
