import type { ContentBlockParam, MessageParam } from '@resayil/core/protocol';
import type { ThinkingSeals } from './thinking-seals.ts';

const THINKING_TYPES = new Set(['thinking', 'redacted_thinking']);

/**
 * Checks, as the Messages API does when thinking is on, that thinking comes back unchanged: every
 * `thinking` block keeps its text and signature, every `redacted_thinking` block its data, and an
 * assistant turn whose tool calls are being answered (the turn before the final `tool_result`s)
 * starts with its thinking. Returns the API's message for the first problem, or `undefined`.
 */
export function checkThinkingTurns(messages: MessageParam[], seals: ThinkingSeals): string | undefined {
  for (const [i, message] of messages.entries()) {
    if (message.role !== 'assistant' || typeof message.content === 'string') continue;
    for (const [j, block] of message.content.entries()) {
      if (block.type === 'thinking' && !seals.signatureHolds(block.thinking, block.signature))
        return `messages.${i}.content.${j}: Invalid \`signature\` in \`thinking\` block`;
      if (block.type === 'redacted_thinking' && !seals.dataHolds(block.data))
        return `messages.${i}.content.${j}: Invalid \`data\` in \`redacted_thinking\` block`;
    }
  }
  return missingThinking(messages);
}

/** The final assistant turn with tool calls answered by the last user turn must start with thinking. */
function missingThinking(messages: MessageParam[]): string | undefined {
  const last = messages.at(-1);
  const at = messages.length - 2;
  const answered = messages[at];
  if (last?.role !== 'user' || !blocksOf(last).some((b) => b.type === 'tool_result')) return undefined;
  if (answered?.role !== 'assistant' || !blocksOf(answered).some((b) => b.type === 'tool_use'))
    return undefined;
  const first = blocksOf(answered)[0];
  if (first && THINKING_TYPES.has(first.type)) return undefined;
  return (
    `messages.${at}.content.0.type: Expected \`thinking\` or \`redacted_thinking\`, but found \`${first?.type ?? 'nothing'}\`. ` +
    'When `thinking` is enabled, a final `assistant` message must start with a thinking block (preceding the ' +
    'lastmost set of `tool_use` and `tool_result` blocks). Send the thinking blocks of that turn back unchanged, ' +
    'or disable `thinking`.'
  );
}

function blocksOf(message: MessageParam): ContentBlockParam[] {
  return typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
}
