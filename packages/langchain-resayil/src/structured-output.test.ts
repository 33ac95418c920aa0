import { OutputParserException } from '@langchain/core/output_parsers';
import { AIMessage } from '@langchain/core/messages';
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import { InvalidRequestError } from '@resayil/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EMULATOR_PROFILES } from '@resayil-internal/test-support/emulator';
import { requestBodies, useChatResayil } from '../test/support/use-chat-resayil.ts';
import { RecordingHandler } from '../test/support/recording-handler.ts';

const adder = z
  .object({ a: z.number().int().describe('First'), b: z.number().int().describe('Second') })
  .describe('Add two integers');
const PROMPT = 'What is the sum of 1836281973 and 19973286? Use math_addition.';

describe.each(EMULATOR_PROFILES)('withStructuredOutput against the %s profile', (profile) => {
  const fixture = useChatResayil(profile);

  it('forces a tool call by default and parses its arguments', async () => {
    const handler = new RecordingHandler();
    const structured = fixture.model().withStructuredOutput(adder, { name: 'math_addition' });
    const result = await structured.invoke(PROMPT, { callbacks: [handler] });
    expect(result).toEqual({ a: 1836281973, b: 19973286 });
    const body = requestBodies(fixture.emulator)[0] ?? {};
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'math_addition' });
    expect(body.tools).toEqual([
      expect.objectContaining({ name: 'math_addition', description: 'Add two integers' }),
    ]);
    expect(handler.starts[0]?.options).toMatchObject({
      ls_structured_output_format: { kwargs: { method: 'functionCalling' }, schema: toJsonSchema(adder) },
    });
  });

  it('returns the raw message too with includeRaw, and parsed: null when parsing fails', async () => {
    const structured = fixture
      .model()
      .withStructuredOutput(adder, { name: 'math_addition', includeRaw: true });
    const ok = await structured.invoke(PROMPT);
    expect(ok.raw).toBeInstanceOf(AIMessage);
    expect(ok.parsed).toEqual({ a: 1836281973, b: 19973286 });
    fixture.emulator.enqueue({
      reply: { content: [{ type: 'tool_use', name: 'math_addition', input: { a: 'one' } }] },
    });
    const bad = await structured.invoke(PROMPT);
    expect(bad.parsed).toBeNull();
    expect((bad.raw as AIMessage).tool_calls?.[0]?.args).toEqual({ a: 'one' });
  });

  it('validates zod output and fails loudly without includeRaw', async () => {
    fixture.emulator.enqueue({
      reply: { content: [{ type: 'tool_use', name: 'extract', input: { a: 1 } }] },
    });
    await expect(fixture.model().withStructuredOutput(adder).invoke(PROMPT)).rejects.toThrow();
  });

  it('accepts a plain JSON schema', async () => {
    const schema = {
      type: 'object',
      description: 'A city',
      properties: { city: { type: 'string' } },
      required: ['city'],
    };
    const result = await fixture
      .model()
      .withStructuredOutput(schema, { name: 'city' })
      .invoke('Weather in Paris?');
    expect(result).toEqual({ city: 'Paris' });
  });

  it.each(['jsonSchema', 'jsonMode'])('asks for JSON text with method %s, and parses it', async (method) => {
    // The emulator answers the schema in the system prompt with JSON, as a model does.
    const handler = new RecordingHandler();
    const result = await fixture
      .model()
      .withStructuredOutput(adder, { method })
      .invoke('Give me two numbers: 2 and 40.', { callbacks: [handler] });
    expect(result).toEqual({ a: 2, b: 40 });
    const body = requestBodies(fixture.emulator)[0] ?? {};
    expect(body).not.toHaveProperty('tools');
    expect(body.system).toContain(JSON.stringify(toJsonSchema(adder)));
    expect(handler.starts[0]?.options).toMatchObject({
      ls_structured_output_format: { kwargs: { method: 'jsonSchema' } },
    });
  });

  it('does not force the tool while thinking, and fails loudly when the model skips it', async () => {
    const thinking = fixture.model({ thinking: { type: 'enabled', budget_tokens: 1024 } });
    const result = await thinking.withStructuredOutput(adder, { name: 'math_addition' }).invoke(PROMPT);
    expect(result).toEqual({ a: 1836281973, b: 19973286 });
    expect(requestBodies(fixture.emulator)[0]).not.toHaveProperty('tool_choice');
    fixture.emulator.enqueue({ reply: { content: [{ type: 'text', text: 'It is 1856255259.' }] } });
    await expect(
      thinking.withStructuredOutput(adder, { name: 'math_addition' }).invoke(PROMPT),
    ).rejects.toThrow(OutputParserException);
  });

  it('refuses an unknown method', () => {
    expect(() => fixture.model().withStructuredOutput(adder, { method: 'xml' })).toThrow(InvalidRequestError);
  });
});
