import { describe, expect, it } from 'vitest';
import type { ToolSpec } from '../conversation/conversation.ts';
import { toolDirectives } from './tool-directives.ts';

const tool = (name: string, description: string): ToolSpec => ({ name, description, schema: {} });
const tools = [
  tool('get_user_city', 'Find the city the user is in'),
  tool('get_weather', 'Get the current weather for a city'),
  tool('send_email', 'Send an email message'),
];
const read = (texts: string[], request = '', offered = tools) => {
  const d = toolDirectives(texts, request, offered);
  return { ordered: d.ordered.map((t) => t.name), chain: d.chain, forbidden: [...d.forbidden] };
};

describe('toolDirectives', () => {
  it('reads an order that names a tool, in any sentence of any instruction text', () => {
    expect(read(['Be polite. You must ALWAYS call the get_weather function.'])).toEqual({
      ordered: ['get_weather'],
      chain: false,
      forbidden: [],
    });
    expect(read(['Hi', "Ensure you use 'send_email' and 'get_weather'."]).ordered).toEqual([
      'send_email',
      'get_weather',
    ]);
  });

  it('reads an order that says what the tool does', () => {
    expect(read(['Always use the email sender before answering.']).ordered).toEqual(['send_email']);
  });

  it('reads Arabic orders, the tool known by the glossary', () => {
    expect(read(['استخدم أداة الطقس دائماً.']).ordered).toEqual(['get_weather']);
  });

  it('calls the only tool when an order speaks of "the tool" or "a function"', () => {
    expect(read(['Always call a function.'], '', [tools[1] as ToolSpec]).ordered).toEqual(['get_weather']);
    expect(read(['Always call a function.']).ordered).toEqual([]);
  });

  it('reads chains in one sentence or across sentences, in the order given', () => {
    expect(read(['First call get_user_city, then call get_weather.'])).toMatchObject({
      ordered: ['get_user_city', 'get_weather'],
      chain: true,
    });
    expect(read(['Use get_weather. Then use send_email.'])).toMatchObject({
      ordered: ['get_weather', 'send_email'],
      chain: true,
    });
    expect(read(['Use send_email and get_weather.']).chain).toBe(false);
  });

  it('reads prohibitions, of one tool or of all', () => {
    expect(read(['Never call send_email. Always use get_weather.'])).toEqual({
      ordered: ['get_weather'],
      chain: false,
      forbidden: ['send_email'],
    });
    expect(read(["Don't use any tools."]).forbidden).toEqual(['get_user_city', 'get_weather', 'send_email']);
  });

  it('follows a conditional order only when the request meets its condition', () => {
    const rule = ['If the user mentions mail, use send_email.'];
    expect(read(rule, 'Please mail Ali the report').ordered).toEqual(['send_email']);
    expect(read(rule, 'What time is it?').ordered).toEqual([]);
  });

  it('reads "for questions about …" as a condition, and a condition without words as none', () => {
    const purpose = ['Use the get_weather tool to answer questions about weather.'];
    expect(read(purpose, 'Hello').ordered).toEqual([]);
    expect(read(purpose, "What's the weather in Sur?").ordered).toEqual(['get_weather']);
    expect(read(['Call send_email only when needed.'], 'Hi').ordered).toEqual(['send_email']);
  });

  it('ignores sentences that give no order', () => {
    expect(read(['You have a get_weather tool. The weather is nice.']).ordered).toEqual([]);
  });
});
