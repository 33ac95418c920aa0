import type { ContentBlock, Message } from '@resayil/core/protocol';
import type { Reply, ReplyBlock } from '../responder/reply.ts';
import { anthropicUsage } from './anthropic-usage.ts';
import type { ReplyMeta } from './reply-meta.ts';

/** The non-streamed `POST /v1/messages` body for a reply. */
export function anthropicMessage(reply: Reply, meta: ReplyMeta, fullUsage: boolean): Message {
  return {
    id: meta.id,
    type: 'message',
    role: 'assistant',
    model: meta.model,
    content: reply.content.map(toContentBlock),
    stop_reason: reply.stopReason,
    stop_sequence: reply.stopSequence,
    usage: anthropicUsage(reply.usage, fullUsage),
  };
}

/** A reply block as an Anthropic content block. */
export function toContentBlock(block: ReplyBlock): ContentBlock {
  switch (block.type) {
    case 'text':
      return { type: 'text', text: block.text };
    case 'tool_use':
      return { type: 'tool_use', id: block.id, name: block.name, input: block.input };
    case 'thinking':
      return { type: 'thinking', thinking: block.thinking, signature: block.signature };
    case 'redacted_thinking':
      return { type: 'redacted_thinking', data: block.data };
  }
}
