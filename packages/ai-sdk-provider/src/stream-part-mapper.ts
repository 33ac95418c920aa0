import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import type { StopReason, StreamEvent, Usage } from '@resayil/core';
import { convertUsage } from './convert-usage.ts';
import { mapFinishReason } from './map-finish-reason.ts';
import { PROVIDER_OPTIONS_KEY } from './provider-options-key.ts';

/** How one stream is mapped. */
export interface StreamPartMapperOptions {
  /** The structured-output tool: its input streams as the reply's text. */
  responseToolName?: string | undefined;
  /** The gateway's request id, reported in the finish part's provider metadata. */
  requestId?: () => string | undefined;
}

type OpenBlock =
  | { kind: 'text' | 'reasoning'; id: string; signature?: string }
  | { kind: 'tool' | 'response'; id: string; name: string; input: string };

type Emit = (part: LanguageModelV4StreamPart) => void;

/**
 * Turns core's normalized stream events into the AI SDK's stream parts, one stream at a time, in
 * the specification's order. This is the one place that knows core's event names.
 *
 * - the reply's start → `response-metadata` (id, model id as the gateway names it);
 * - text → `text-start` on its first piece, `text-delta`, `text-end` when its block completes;
 * - thinking → `reasoning-start`, `reasoning-delta`, `reasoning-end` carrying the block's signature
 *   (or a redacted block's data) in `providerMetadata.resayil`, so the next turn can send it back;
 * - a tool call → `tool-input-start`, `tool-input-delta` per fragment (one fragment when the input
 *   arrived whole), `tool-input-end`, then `tool-call` with the complete JSON input; parallel calls
 *   each keep their own id;
 * - the structured-output tool's input → text parts, since that input is the answer;
 * - the end of the reply → `finish` with the mapped finish reason, usage (the last value reported
 *   for each field) and the raw stop reason and request id in provider metadata.
 *
 * A stream that ends early or breaks is not this class's business: core throws, and the model
 * turns that into an `error` part.
 */
export class StreamPartMapper {
  readonly #options: StreamPartMapperOptions;
  readonly #blocks = new Map<number, OpenBlock>();
  #usage: Usage = {};
  #stopReason: StopReason | null = null;
  #stopSequence: string | null = null;
  #finished = false;

  constructor(options: StreamPartMapperOptions = {}) {
    this.#options = options;
  }

  /** Whether the reply's end (and so the `finish` part) has been seen. */
  get finished(): boolean {
    return this.#finished;
  }

  /** Emits the parts for one event (possibly none). */
  map(event: StreamEvent, emit: Emit): void {
    switch (event.type) {
      case 'message_begin':
        this.#usage = { ...event.usage };
        emit({ type: 'response-metadata', id: event.id, modelId: event.model });
        return;
      case 'text_delta':
        if (event.text !== '')
          emit({ type: 'text-delta', id: this.#open(event.index, 'text', emit).id, delta: event.text });
        return;
      case 'thinking_delta':
        if (event.thinking !== '') {
          emit({
            type: 'reasoning-delta',
            id: this.#open(event.index, 'reasoning', emit).id,
            delta: event.thinking,
          });
        }
        return;
      case 'signature_delta': {
        const block = this.#open(event.index, 'reasoning', emit);
        if (block.kind === 'reasoning') block.signature = (block.signature ?? '') + event.signature;
        return;
      }
      case 'tool_use_begin':
        this.#openTool(event.index, event.id, event.name, emit);
        return;
      case 'tool_input_delta': {
        const block = this.#blocks.get(event.index) ?? this.#openTool(event.index, event.id, '', emit);
        if (event.partialJson === '' || (block.kind !== 'tool' && block.kind !== 'response')) return;
        block.input += event.partialJson;
        emit(
          block.kind === 'tool'
            ? { type: 'tool-input-delta', id: block.id, delta: event.partialJson }
            : { type: 'text-delta', id: block.id, delta: event.partialJson },
        );
        return;
      }
      case 'block_end':
        this.#close(event.index, event.block, event.invalidInput !== undefined, emit);
        return;
      case 'usage_update':
        this.#usage = { ...this.#usage, ...event.usage };
        return;
      case 'stop_reason_update':
        this.#stopReason = event.stopReason;
        this.#stopSequence = event.stopSequence;
        return;
      case 'message_end':
        this.#finished = true;
        emit({
          type: 'finish',
          finishReason: mapFinishReason(this.#stopReason, this.#options.responseToolName !== undefined),
          usage: convertUsage(this.#usage),
          providerMetadata: {
            [PROVIDER_OPTIONS_KEY]: {
              stopReason: this.#stopReason,
              stopSequence: this.#stopSequence,
              requestId: this.#options.requestId?.() ?? null,
            },
          },
        });
        return;
    }
  }

  #open(index: number, kind: 'text' | 'reasoning', emit: Emit): OpenBlock {
    const open = this.#blocks.get(index);
    if (open) return open;
    const block: OpenBlock = { kind, id: String(index) };
    this.#blocks.set(index, block);
    emit({ type: kind === 'text' ? 'text-start' : 'reasoning-start', id: block.id });
    return block;
  }

  #openTool(index: number, id: string, name: string, emit: Emit): OpenBlock {
    if (name !== '' && name === this.#options.responseToolName) {
      const block: OpenBlock = { kind: 'response', id: String(index), name, input: '' };
      this.#blocks.set(index, block);
      emit({ type: 'text-start', id: block.id });
      return block;
    }
    const block: OpenBlock = { kind: 'tool', id, name, input: '' };
    this.#blocks.set(index, block);
    emit({ type: 'tool-input-start', id, toolName: name });
    return block;
  }

  #close(index: number, completed: { type: string }, invalidInput: boolean, emit: Emit): void {
    const done = completed as { type: string; [key: string]: unknown };
    if (done.type === 'redacted_thinking') {
      const id = String(index);
      emit({ type: 'reasoning-start', id });
      emit({
        type: 'reasoning-end',
        id,
        providerMetadata: { [PROVIDER_OPTIONS_KEY]: { redactedData: String(done.data ?? '') } },
      });
      return;
    }
    const block = done.type === 'thinking' ? this.#open(index, 'reasoning', emit) : this.#blocks.get(index);
    this.#blocks.delete(index);
    if (!block) return;
    switch (block.kind) {
      case 'text':
        emit({ type: 'text-end', id: block.id });
        return;
      case 'reasoning': {
        const signature =
          typeof done.signature === 'string' && done.signature !== '' ? done.signature : block.signature;
        emit({
          type: 'reasoning-end',
          id: block.id,
          ...(signature ? { providerMetadata: { [PROVIDER_OPTIONS_KEY]: { signature } } } : {}),
        });
        return;
      }
      case 'tool':
      case 'response': {
        // Invalid input goes to the AI SDK as it came, so its tool-call validation reports it.
        const input = invalidInput ? block.input : JSON.stringify(done.input ?? {});
        if (block.input === '') {
          emit(
            block.kind === 'tool'
              ? { type: 'tool-input-delta', id: block.id, delta: input }
              : { type: 'text-delta', id: block.id, delta: input },
          );
        }
        if (block.kind === 'response') {
          emit({ type: 'text-end', id: block.id });
          return;
        }
        emit({ type: 'tool-input-end', id: block.id });
        emit({
          type: 'tool-call',
          toolCallId: block.id,
          toolName: block.name || String(done.name ?? ''),
          input,
        });
        return;
      }
    }
  }
}
