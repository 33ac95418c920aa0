import { sanitizeSnippet } from '../errors/sanitize-snippet.ts';
import { StreamParseError } from '../errors/stream-parse-error.ts';
import { isRecord } from '../json/is-record.ts';
import type { Message } from '../wire/anthropic.ts';
import { parseMessage } from './parse-message.ts';
import { readTextDelta } from './read-text-delta.ts';
import type { SSEMessage } from '../sse/create-sse-decoder.ts';
import { toolUseId } from '../message/tool-use-id.ts';
import { AccumulatorBase } from '../stream/accumulator-base.ts';
import { toStreamEventError } from '../stream/to-stream-event-error.ts';
import { toolInputText } from '../stream/tool-input-text.ts';
import type { StreamEvent } from '../stream-event.ts';

/**
 * Turns an Anthropic Messages stream (`POST /v1/messages` with `stream: true`) into normalized
 * stream events and the final message.
 *
 * Accepts what real gateways send: events with no `event:` line (dispatch is on the JSON `type`),
 * a trailing `data: [DONE]` (ignored; without `message_stop` it is truncation), no `ping`, unknown
 * event and block types (ignored / passed through), missing or zero usage, usage restated in
 * `message_delta` (the last value per field wins), tool input in one delta or in many fragments
 * (the first one often `""`), whitespace-padded JSON, thinking with signatures, redacted thinking
 * and citations. Tool input is parsed leniently as it grows and strictly at `content_block_stop`.
 *
 * A mid-stream `error` event throws `StreamEventError`.
 */
export class MessageAccumulator extends AccumulatorBase {
  private started = false;

  override push(message: SSEMessage): StreamEvent[] {
    // Nearly every event of a reply is a text delta: read without `JSON.parse` when it is written
    // the standard way (see `readTextDelta`); every other event takes the general path.
    const delta = this.started && !this.terminated ? readTextDelta(message.data) : undefined;
    if (delta === undefined) return super.push(message);
    this.eventCount++;
    return this.onTextDelta(delta.index, delta.text);
  }

  protected onEvent(value: Record<string, unknown>, eventName: string | undefined): StreamEvent[] {
    const type = typeof value.type === 'string' ? value.type : eventName;
    switch (type) {
      case 'message_start':
        return this.onMessageStart(value);
      case 'content_block_start':
        return this.onBlockStart(value);
      case 'content_block_delta':
        return this.onBlockDelta(value);
      case 'content_block_stop':
        return this.onBlockStop(value);
      case 'message_delta':
        return this.onMessageDelta(value);
      case 'message_stop':
        return this.onMessageStop();
      case 'error':
        throw toStreamEventError(value, this.secrets);
      default:
        // `ping` and event types added after this was written.
        return [];
    }
  }

  protected parseReply(bodyText: string): Message {
    return parseMessage(bodyText);
  }

  protected onDone(): StreamEvent[] {
    // `[DONE]` is not the Anthropic terminal event: the stream is complete only with `message_stop`.
    return [];
  }

  private onMessageStart(value: Record<string, unknown>): StreamEvent[] {
    if (this.started) return [];
    if (!isRecord(value.message)) {
      throw new StreamParseError({
        dataSnippet: sanitizeSnippet(JSON.stringify(value), this.secrets),
        problem: `a \`message_start\` event whose \`message\` field is ${describe(value.message)}, not the message object`,
        secrets: this.secrets,
      });
    }
    const message = value.message;
    if (typeof message.id === 'string') this.builder.id = message.id;
    if (typeof message.model === 'string') this.builder.model = message.model;
    this.builder.addUsage(message.usage);
    if (Array.isArray(message.content)) {
      message.content.forEach((block, index) => {
        if (isRecord(block)) this.builder.start(index, block);
      });
    }
    return this.start();
  }

  /** Emits `message_begin` once, synthesizing it for a gateway that skipped it. */
  private start(): StreamEvent[] {
    if (this.started) return [];
    this.started = true;
    return [
      {
        type: 'message_begin',
        id: this.builder.id,
        model: this.builder.model,
        usage: { ...this.builder.usage },
      },
    ];
  }

  private onBlockStart(value: Record<string, unknown>): StreamEvent[] {
    const block = value.content_block;
    if (!isRecord(block)) return [];
    const index = indexOf(value) ?? this.builder.nextIndex();
    if (this.builder.has(index)) return [];
    const events = this.start();
    this.builder.start(index, block);
    if (block.type === 'tool_use') {
      events.push({
        type: 'tool_use_begin',
        index,
        id: toolUseId(block.id, this.builder.id, index),
        name: stringOf(block.name),
      });
    } else if (block.type === 'text' && typeof block.text === 'string' && block.text !== '') {
      events.push({ type: 'text_delta', index, text: block.text });
    } else if (block.type === 'thinking' && typeof block.thinking === 'string' && block.thinking !== '') {
      events.push({ type: 'thinking_delta', index, thinking: block.thinking });
    }
    return events;
  }

  private onBlockDelta(value: Record<string, unknown>): StreamEvent[] {
    const delta = value.delta;
    const index = indexOf(value);
    if (!isRecord(delta) || index === undefined) return [];
    const events = this.start();
    switch (delta.type) {
      case 'text_delta':
        events.push(...this.onTextDelta(index, stringOf(delta.text)));
        break;
      case 'thinking_delta': {
        const thinking = stringOf(delta.thinking);
        if (!this.builder.has(index))
          this.builder.start(index, { type: 'thinking', thinking: '', signature: '' });
        if (thinking !== '' && this.builder.appendThinking(index, thinking)) {
          events.push({ type: 'thinking_delta', index, thinking });
        }
        break;
      }
      case 'signature_delta': {
        const signature = stringOf(delta.signature);
        if (this.builder.setSignature(index, signature))
          events.push({ type: 'signature_delta', index, signature });
        break;
      }
      case 'citations_delta':
        this.builder.addCitation(index, delta.citation);
        break;
      case 'input_json_delta': {
        const fragment = toolInputText(delta.partial_json);
        if (fragment === '') break;
        const grown = this.builder.appendToolJson(index, fragment);
        if (grown && this.builder.typeAt(index) === 'tool_use') events.push(grown);
        break;
      }
    }
    return events;
  }

  /** A piece of text for the block at `index` (started as a text block if the gateway skipped its start). */
  private onTextDelta(index: number, text: string): StreamEvent[] {
    if (!this.builder.has(index)) this.builder.start(index, { type: 'text', text: '' });
    return text !== '' && this.builder.appendText(index, text) ? [{ type: 'text_delta', index, text }] : [];
  }

  private onBlockStop(value: Record<string, unknown>): StreamEvent[] {
    const index = indexOf(value);
    if (index === undefined) return [];
    const block = this.builder.close(index);
    return block ? [this.blockEvent(index, block)] : [];
  }

  private onMessageDelta(value: Record<string, unknown>): StreamEvent[] {
    const events = this.start();
    const delta = isRecord(value.delta) ? value.delta : {};
    if (typeof delta.stop_reason === 'string' || delta.stop_reason === null)
      this.builder.stopReason = delta.stop_reason;
    if (typeof delta.stop_sequence === 'string' || delta.stop_sequence === null) {
      this.builder.stopSequence = delta.stop_sequence;
    }
    if (isRecord(value.usage))
      events.push({ type: 'usage_update', usage: { ...this.builder.addUsage(value.usage) } });
    return events;
  }

  private onMessageStop(): StreamEvent[] {
    const events = this.start();
    for (const { index, block } of this.builder.closeAll()) events.push(this.blockEvent(index, block));
    this.terminated = true;
    events.push({
      type: 'stop_reason_update',
      stopReason: this.builder.stopReason,
      stopSequence: this.builder.stopSequence,
    });
    events.push({ type: 'message_end', message: this.builder.snapshot() });
    return events;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function indexOf(value: Record<string, unknown>): number | undefined {
  const index = value.index;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : undefined;
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
