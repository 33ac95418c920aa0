import type { MessageContent } from '@langchain/core/messages';
import type { ToolCall } from '@langchain/core/messages/tool';
import type { ContentBlockParam, ToolUseBlockParam } from '@resayil/core';
import { isRecord, toolUseId } from '@resayil/core';

/** What of an AI message is sent back as history. */
export interface AssistantTurn {
  /** The message's id: a tool call without an id gets one derived from it (core's `toolUseId`). */
  id?: string | undefined;
  content: MessageContent;
  tool_calls?: ToolCall[] | undefined;
}

/**
 * Converts an AI message (including one concatenated from streamed chunks) to the blocks of an
 * assistant turn:
 *
 * - text blocks, without blank ones (the gateway rejects them) and without `index`;
 * - thinking blocks with their signature (`thinking: ''` kept when only a signature arrived),
 *   redacted thinking as is;
 * - one `tool_use` per tool call: from a `tool_use` block whose `input` is taken from the matching
 *   `tool_calls` entry when the block holds a streamed string, and from every tool call that the
 *   content does not already contain (a message with `content: ''` or `[]` and `tool_calls`);
 * - everything else is dropped: streaming leftovers (`input_json_delta` and other `*_delta`
 *   blocks) and other providers' blocks the gateway would reject.
 */
export function convertAssistantContent(message: AssistantTurn): ContentBlockParam[] {
  const toolCalls = message.tool_calls ?? [];
  const argsById = new Map(toolCalls.map((call) => [call.id, call.args]));
  const blocks: ContentBlockParam[] = [];
  const raw =
    typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
  for (const item of raw) {
    if (!isRecord(item)) continue;
    const block = convertBlock(item, argsById);
    if (block) blocks.push(block);
  }
  const sent = new Set(blocks.flatMap((block) => (block.type === 'tool_use' ? [block.id] : [])));
  toolCalls.forEach((call) => {
    const id = toolUseId(call.id, message.id ?? '', blocks.length);
    if (!sent.has(id)) blocks.push({ type: 'tool_use', id, name: call.name, input: call.args ?? {} });
  });
  return blocks;
}

function convertBlock(
  block: Record<string, unknown>,
  argsById: Map<string | undefined, Record<string, unknown>>,
): ContentBlockParam | undefined {
  switch (block.type) {
    case 'text':
      return typeof block.text === 'string' && block.text.trim() !== ''
        ? { type: 'text', text: block.text }
        : undefined;
    case 'thinking': {
      const thinking = typeof block.thinking === 'string' ? block.thinking : '';
      const signature = typeof block.signature === 'string' ? block.signature : '';
      return thinking === '' && signature === '' ? undefined : { type: 'thinking', thinking, signature };
    }
    case 'redacted_thinking':
      return typeof block.data === 'string' ? { type: 'redacted_thinking', data: block.data } : undefined;
    case 'tool_use':
      return typeof block.id === 'string' && typeof block.name === 'string'
        ? toolUse(block.id, block.name, block.input, argsById)
        : undefined;
    case 'tool_call':
      return typeof block.id === 'string' && typeof block.name === 'string'
        ? toolUse(block.id, block.name, block.args, argsById)
        : undefined;
    default:
      return undefined;
  }
}

function toolUse(
  id: string,
  name: string,
  input: unknown,
  argsById: Map<string | undefined, Record<string, unknown>>,
): ToolUseBlockParam {
  if (isRecord(input)) return { type: 'tool_use', id, name, input };
  const fromCall = argsById.get(id);
  if (fromCall) return { type: 'tool_use', id, name, input: fromCall };
  return { type: 'tool_use', id, name, input: parseObject(input) };
}

function parseObject(input: unknown): Record<string, unknown> {
  if (typeof input !== 'string' || input.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(input);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}
