import type { ChatCompletion, ChatCompletionMessageToolCall } from '@resayil/core/protocol';
import type { Reply } from '../responder/reply.ts';
import { finishReason } from './finish-reason.ts';
import type { ReplyMeta } from './reply-meta.ts';

/** The non-streamed `POST /v1/chat/completions` body for a reply. */
export function openaiCompletion(
  reply: Reply,
  meta: ReplyMeta,
  official: boolean,
  reasoningField: 'reasoning_content' | 'reasoning' = 'reasoning_content',
): ChatCompletion {
  const text = reply.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('');
  const reasoning = reply.content.flatMap((b) => (b.type === 'thinking' ? [b.thinking] : [])).join('');
  const toolCalls: ChatCompletionMessageToolCall[] = reply.content.flatMap((b) =>
    b.type === 'tool_use'
      ? [
          {
            id: b.id,
            type: 'function' as const,
            function: { name: b.name, arguments: JSON.stringify(b.input ?? {}) },
          },
        ]
      : [],
  );
  const message: ChatCompletion['choices'][number]['message'] & Record<string, unknown> = {
    role: 'assistant',
    content: text.length > 0 || toolCalls.length === 0 ? text : null,
  };
  if (reasoning) message[reasoningField] = reasoning;
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  if (official) message.refusal = null;
  const choice: ChatCompletion['choices'][number] & Record<string, unknown> = {
    index: 0,
    message,
    finish_reason: finishReason(reply.stopReason),
  };
  if (official) choice.logprobs = null;
  return {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    choices: [choice],
    usage: {
      prompt_tokens: reply.usage.input_tokens,
      completion_tokens: reply.usage.output_tokens,
      total_tokens: reply.usage.input_tokens + reply.usage.output_tokens,
    },
  };
}
