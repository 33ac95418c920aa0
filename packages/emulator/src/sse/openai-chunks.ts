import type { ChatCompletionChunk, ChatCompletionChunkDelta } from '@resayil/core/protocol';
import type { ChatStreamStyle } from '../profiles/profile-definition.ts';
import { finishReason } from '../render/finish-reason.ts';
import type { ReplyMeta } from '../render/reply-meta.ts';
import type { Reply } from '../responder/reply.ts';
import { splitIntoPieces } from '../responder/split-into-pieces.ts';
import { jsonFragments } from './json-fragments.ts';
import type { SseFrame } from './sse-frame.ts';

/**
 * The chat-completions stream of a reply, data-only, ending with `data: [DONE]`. Official style: a
 * role-only first chunk, tool arguments in fragments, `delta: {}` last, a usage chunk on request.
 * Resayil style: the role rides on the first content chunk, each tool call whole, `delta: []` last,
 * never usage. Reasoning rides in the profile's field (`reasoning_content` or `reasoning`).
 */
export function openaiChunks(
  reply: Reply,
  meta: ReplyMeta,
  style: ChatStreamStyle,
  includeUsage: boolean,
): SseFrame[] {
  const deltas: ChatCompletionChunkDelta[] = [];
  for (const block of reply.content) {
    if (block.type === 'text') for (const content of splitIntoPieces(block.text)) deltas.push({ content });
    if (block.type === 'thinking')
      for (const piece of splitIntoPieces(block.thinking)) deltas.push({ [style.reasoningField]: piece });
  }
  const calls = reply.content.flatMap((b) => (b.type === 'tool_use' ? [b] : []));
  if (style.toolArguments === 'one') {
    if (calls.length > 0) {
      deltas.push({
        tool_calls: calls.map((call, index) => ({
          index,
          id: call.id,
          type: 'function' as const,
          function: { name: call.name, arguments: JSON.stringify(call.input ?? {}) },
        })),
      });
    }
  } else {
    calls.forEach((call, index) => {
      deltas.push({
        tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }],
      });
      for (const fragment of jsonFragments(JSON.stringify(call.input ?? {}), 'several').slice(1)) {
        deltas.push({ tool_calls: [{ index, function: { arguments: fragment } }] });
      }
    });
  }
  if (style.roleChunk === 'separate') deltas.unshift({ role: 'assistant', content: '' });
  else if (deltas[0]) deltas[0] = { role: 'assistant', ...deltas[0] };
  else deltas.push({ role: 'assistant', content: '' });

  const base = {
    id: meta.id,
    object: 'chat.completion.chunk' as const,
    created: meta.created,
    model: meta.model,
  };
  const chunks: ChatCompletionChunk[] = deltas.map((delta) => ({
    ...base,
    choices: [{ index: 0, delta, finish_reason: null }],
  }));
  chunks.push({
    ...base,
    choices: [
      {
        index: 0,
        delta: style.finalDelta === 'array' ? [] : {},
        finish_reason: finishReason(reply.stopReason),
      },
    ],
  });
  if (includeUsage && style.usageChunk) {
    const { input_tokens, output_tokens } = reply.usage;
    chunks.push({
      ...base,
      choices: [],
      usage: {
        prompt_tokens: input_tokens,
        completion_tokens: output_tokens,
        total_tokens: input_tokens + output_tokens,
      },
    });
  }
  return [...chunks.map((chunk) => ({ data: JSON.stringify(chunk) })), { data: '[DONE]' }];
}

/** A mid-stream error chunk, OpenAI style (`data: {"error":{...}}`). */
export function openaiErrorFrame(errorType: string, message: string): SseFrame {
  return { data: JSON.stringify({ error: { message, type: errorType, param: null, code: null } }) };
}
