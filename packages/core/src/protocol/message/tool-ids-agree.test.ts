import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runStream } from '../__fixtures__/stream-harness.ts';
import { parseMessage } from '../anthropic/parse-message.ts';
import { chatCompletionToMessage } from '../openai/chat-completion-to-message.ts';
import type { ChatCompletion } from '../wire/openai.ts';
import type { Message } from '../wire/anthropic.ts';

// Tool calls without ids: each fixture pair is one reply, streamed and not. Every path must give the
// same non-empty ids, so an agent that sees the reply either way answers the same calls.

const fixture = (file: string) => readFileSync(new URL(`../__fixtures__/${file}`, import.meta.url));
const toolIds = (message: Message | undefined) =>
  (message?.content ?? []).flatMap((block) => (block.type === 'tool_use' ? [block.id] : []));

describe('tool ids when the gateway sends none', () => {
  it('Messages API: streamed and not, the same ids from the message id and block position', () => {
    const streamed = runStream('anthropic', [fixture('resayil-tool-use-no-id.sse')]);
    const whole = parseMessage(fixture('anthropic-reply.json').toString('utf8'));
    expect(toolIds(streamed.message)).toEqual(['toolu_msg_resayil_noid_1', 'toolu_msg_resayil_noid_2']);
    expect(toolIds(whole)).toEqual(toolIds(streamed.message));
    const begins = streamed.events.flatMap((event) => (event.type === 'tool_use_begin' ? [event.id] : []));
    expect(begins).toEqual(toolIds(streamed.message));
  });

  it('chat completions API: streamed and not, by the same rule', () => {
    const streamed = runStream('openai', [fixture('openai-ollama-tools.sse')]);
    const completion = JSON.parse(fixture('openai-reply.json').toString('utf8')) as ChatCompletion;
    const whole = chatCompletionToMessage(completion);
    expect(toolIds(streamed.message)).toEqual(['toolu_chatcmpl-ollama-1_1', 'toolu_chatcmpl-ollama-1_2']);
    expect(toolIds(whole)).toEqual(toolIds(streamed.message));
    expect(whole.content).toEqual(streamed.message?.content);
  });
});
