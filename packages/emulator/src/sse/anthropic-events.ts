import type {
  ContentBlockDelta,
  ContentBlockStartEvent,
  Message,
  MessageStreamEvent,
} from '@resayil/core/protocol';
import type { MessagesStreamStyle } from '../profiles/profile-definition.ts';
import { anthropicUsage } from '../render/anthropic-usage.ts';
import type { ReplyMeta } from '../render/reply-meta.ts';
import type { Reply, ReplyBlock } from '../responder/reply.ts';
import { splitIntoPieces } from '../responder/split-into-pieces.ts';
import { jsonFragments } from './json-fragments.ts';
import type { SseFrame } from './sse-frame.ts';

/**
 * The Messages stream of a reply: `message_start`, then per block `content_block_start`, deltas
 * (word-ish text pieces, tool input fragments, thinking and signature; a redacted thinking block
 * comes whole in its start) and `content_block_stop`,
 * then `message_delta` (stop reason, cumulative usage) and `message_stop`, in the profile's style.
 */
export function anthropicEvents(
  reply: Reply,
  meta: ReplyMeta,
  style: MessagesStreamStyle,
  fullUsage: boolean,
): SseFrame[] {
  const frames: SseFrame[] = [];
  const push = (event: MessageStreamEvent) => frames.push(frame(event, style.eventLines));
  push({
    type: 'message_start',
    message: {
      id: meta.id,
      type: 'message',
      role: 'assistant',
      model: meta.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      ...(style.usageInStart ? { usage: anthropicUsage(reply.usage, fullUsage, 1) } : {}),
      // The gateway may leave usage out of message_start; the wire type calls it required.
    } as Message,
  });
  if (reply.content.length === 0 && style.ping) push({ type: 'ping' });
  reply.content.forEach((block, index) => {
    push({ type: 'content_block_start', index, content_block: initialBlock(block) });
    if (index === 0 && style.ping) push({ type: 'ping' });
    for (const delta of deltas(block, style)) push({ type: 'content_block_delta', index, delta });
    push({ type: 'content_block_stop', index });
  });
  push({
    type: 'message_delta',
    delta: { stop_reason: reply.stopReason, stop_sequence: reply.stopSequence },
    usage: anthropicUsage(reply.usage, fullUsage),
  });
  push({ type: 'message_stop' });
  if (style.doneSentinel) frames.push({ data: '[DONE]' });
  return frames;
}

/** The mid-stream `error` event. */
export function anthropicErrorFrame(errorType: string, message: string, eventLines: boolean): SseFrame {
  return frame({ type: 'error', error: { type: errorType, message } }, eventLines);
}

function frame(event: MessageStreamEvent, eventLines: boolean): SseFrame {
  const data = JSON.stringify(event);
  return eventLines ? { event: event.type, data } : { data };
}

function initialBlock(block: ReplyBlock): ContentBlockStartEvent['content_block'] {
  switch (block.type) {
    case 'text':
      return { type: 'text', text: '' };
    case 'tool_use':
      return { type: 'tool_use', id: block.id, name: block.name, input: {} };
    case 'thinking':
      return { type: 'thinking', thinking: '', signature: '' };
    case 'redacted_thinking':
      // As the Messages API streams it: the whole block at its start, no deltas.
      return { type: 'redacted_thinking', data: block.data };
  }
}

function deltas(block: ReplyBlock, style: MessagesStreamStyle): ContentBlockDelta[] {
  switch (block.type) {
    case 'text':
      return splitIntoPieces(block.text).map((text) => ({ type: 'text_delta', text }));
    case 'tool_use':
      return jsonFragments(JSON.stringify(block.input ?? {}), style.toolInputFragments).map(
        (partial_json) => ({
          type: 'input_json_delta',
          partial_json,
        }),
      );
    case 'thinking':
      return [
        ...splitIntoPieces(block.thinking).map((thinking) => ({ type: 'thinking_delta' as const, thinking })),
        { type: 'signature_delta', signature: block.signature },
      ];
    case 'redacted_thinking':
      return [];
  }
}
