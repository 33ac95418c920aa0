import { TruncatedStreamError } from '../errors/truncated-stream-error.ts';
import { messageToEvents } from '../message/message-to-events.ts';
import type { SSEMessage } from '../sse/create-sse-decoder.ts';
import type { BlockEndStreamEvent, StreamEvent } from '../stream-event.ts';
import type { ContentBlock, Message, UnknownBlock } from '../wire/anthropic.ts';
import { MessageBuilder } from './message-builder.ts';
import { readEventData } from './read-event-data.ts';
import type { StreamAccumulator, StreamAccumulatorOptions } from './stream-accumulator.ts';

/**
 * What both accumulators share: data decoding, the event count, the terminal flag, snapshots and
 * truncation at the end. Subclasses map one parsed event to normalized events. Internal.
 */
export abstract class AccumulatorBase implements StreamAccumulator {
  /** The message under construction. */
  protected readonly builder: MessageBuilder;
  /** Set once the terminal event has been handled. */
  protected terminated = false;
  /** Strings the errors of this stream must not show. */
  protected readonly secrets: readonly string[];
  /** The JSON events handled so far (`[DONE]` and empty data excluded). */
  protected eventCount = 0;

  constructor(options: StreamAccumulatorOptions = {}) {
    this.builder = new MessageBuilder(options);
    this.secrets = options.secrets ?? [];
  }

  get ended(): boolean {
    return this.terminated;
  }

  push(message: SSEMessage): StreamEvent[] {
    if (this.terminated) return [];
    const data = readEventData(message, this.secrets);
    if (data.kind === 'empty') return [];
    if (data.kind === 'done') return this.onDone();
    this.eventCount++;
    return this.onEvent(data.value, message.event);
  }

  snapshot(): Message {
    return this.builder.snapshot();
  }

  end(): Message {
    if (!this.terminated) {
      throw new TruncatedStreamError({ partial: this.builder.snapshot(), eventCount: this.eventCount });
    }
    return this.builder.snapshot();
  }

  pushReply(bodyText: string): StreamEvent[] {
    if (this.terminated) return [];
    const message = this.parseReply(bodyText);
    this.builder.load(message);
    this.terminated = true;
    return messageToEvents(message);
  }

  /** The `block_end` event of a completed block, with its input error in `'report'` mode. */
  protected blockEvent(index: number, block: ContentBlock | UnknownBlock): BlockEndStreamEvent {
    const invalidInput = this.builder.invalidInputOf(index);
    return invalidInput
      ? { type: 'block_end', index, block, invalidInput }
      : { type: 'block_end', index, block };
  }

  /** Parses a whole non-streamed reply of this accumulator's API into a message. */
  protected abstract parseReply(bodyText: string): Message;

  /** Handles one JSON event; `eventName` is the SSE `event:` field, if any. */
  protected abstract onEvent(value: Record<string, unknown>, eventName: string | undefined): StreamEvent[];

  /** Handles `data: [DONE]`. */
  protected abstract onDone(): StreamEvent[];
}
