import { HumanMessage, SystemMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collect } from '../test/support/collect.ts';
import { EMULATOR_PROFILES } from '@resayil-internal/test-support/emulator';
import { requestBodies, useChatResayil } from '../test/support/use-chat-resayil.ts';

const addNumbers = tool(({ a, b }) => String(a + b), {
  name: 'add_numbers',
  description: 'Adds two numbers.',
  schema: z.object({ a: z.number(), b: z.number() }),
});
const prompt = [
  new SystemMessage('You are bad at math and must ALWAYS call the add_numbers function.'),
  new HumanMessage('What is the sum of 1836281973 and 19973286?'),
];

/** The example of the emulator's instruction-following issue, as a new user would try it with ChatResayil. */
describe.each(EMULATOR_PROFILES)('ChatResayil obeys a system prompt (emulator, %s profile)', (profile) => {
  const fixture = useChatResayil(profile);

  it('calls the tool the system message orders, with the numbers of the question, invoked or streamed', async () => {
    const bound = fixture.model().bindTools([addNumbers]);
    const invoked = await bound.invoke(prompt);
    const { message: streamed } = await collect(await bound.stream(prompt));
    for (const reply of [invoked, streamed]) {
      expect(reply.tool_calls).toEqual([
        {
          type: 'tool_call',
          id: expect.stringMatching(/^toolu_/u),
          name: 'add_numbers',
          args: { a: 1836281973, b: 19973286 },
        },
      ]);
    }
    const sent = requestBodies(fixture.emulator)[0] ?? {};
    expect(sent.system).toBe('You are bad at math and must ALWAYS call the add_numbers function.');
    expect(sent).not.toHaveProperty('tool_choice');
  });

  it('then answers with the tool result instead of calling the tool again', async () => {
    const bound = fixture.model().bindTools([addNumbers]);
    const messages: BaseMessage[] = [...prompt];
    const first = await bound.invoke(messages);
    const call = first.tool_calls?.[0];
    messages.push(
      first,
      new ToolMessage(
        await addNumbers.invoke(call?.args as { a: number; b: number }),
        call?.id ?? '',
        'add_numbers',
      ),
    );
    const answer = await bound.invoke(messages);
    expect(answer.tool_calls).toEqual([]);
    expect(answer.text).toContain('1856255259');
  });
});
