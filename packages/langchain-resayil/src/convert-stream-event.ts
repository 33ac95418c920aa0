import { AIMessageChunk, type UsageMetadata } from '@langchain/core/messages';
import type { ToolCallChunk } from '@langchain/core/messages/tool';
import { ChatGenerationChunk } from '@langchain/core/outputs';
import type { StreamEvent } from '@resayil/core';
import { UsageTracker } from './usage-tracker.ts';

/** How streamed chunks are shaped. */
export interface StreamConversionOptions {
  /**
   * Text as plain strings (a request without tools or thinking; reasoning the model shows anyway
   * goes to `additional_kwargs.reasoning_content`), or as `{ type: 'text', text, index }` and
   * `{ type: 'thinking', thinking, signature, index }` blocks that merge per index when chunks are
   * concatenated.
   */
  textAsString: boolean;
  /** Whether chunks carry `usage_metadata`. */
  streamUsage: boolean;
}

type ContentBlock = Record<string, unknown> & { type: string; index: number };

/** The fields a chunk is built from (LangChain's own field types leave `usage_metadata` as `never`). */
interface ChunkFields {
  content?: string | ContentBlock[];
  additional_kwargs?: Record<string, unknown>;
  response_metadata?: Record<string, unknown>;
  tool_call_chunks?: ToolCallChunk[];
  usage_metadata?: UsageMetadata;
}

/**
 * Turns core's normalized stream events into LangChain chunks, one stream at a time:
 *
 * - the provider message id on every chunk (LangChain would stamp `run-…` on chunks without one);
 * - `response_metadata.model` on the first chunk only and `stop_reason`/`stop_sequence` on the last
 *   only (string metadata is concatenated when chunks are merged);
 * - usage exactly once per quantity: input with the first chunk, output with the last;
 * - each tool call as `tool_call_chunks` with the block's own index, its id and name on the first
 *   fragment only (`args: ''`), then argument fragments; a call whose input arrived whole (or not at
 *   all) gets it as one fragment when the block completes. Tool calls are not repeated in `content`,
 *   so nothing like `input_json_delta` can leak into history;
 * - text and thinking as content, each block with its own index so blocks never merge.
 */
export class StreamEventConverter {
  readonly #options: StreamConversionOptions;
  readonly #usage = new UsageTracker();
  readonly #argsSent = new Map<number, string>();
  #messageId = '';

  constructor(options: StreamConversionOptions) {
    this.#options = options;
  }

  /** The chunk for one event, or `undefined` for events that add nothing (usage updates, block ends). */
  convert(event: StreamEvent): ChatGenerationChunk | undefined {
    switch (event.type) {
      case 'message_begin':
        this.#messageId = event.id;
        return this.#chunk({
          response_metadata: { model: event.model },
          ...this.#usageField(this.#usage.start(event.usage)),
        });
      case 'text_delta':
        return this.#chunk(
          {
            content: this.#options.textAsString
              ? event.text
              : [{ type: 'text', text: event.text, index: event.index }],
          },
          event.text,
        );
      case 'thinking_delta':
        return this.#options.textAsString
          ? this.#chunk({ additional_kwargs: { reasoning_content: event.thinking } })
          : this.#chunk({ content: [{ type: 'thinking', thinking: event.thinking, index: event.index }] });
      case 'signature_delta':
        if (this.#options.textAsString) return undefined;
        return this.#chunk({
          content: [{ type: 'thinking', thinking: '', signature: event.signature, index: event.index }],
        });
      case 'tool_use_begin':
        this.#argsSent.set(event.index, '');
        return this.#toolChunk({
          type: 'tool_call_chunk',
          index: event.index,
          id: event.id,
          name: event.name,
          args: '',
        });
      case 'tool_input_delta':
        this.#argsSent.set(event.index, (this.#argsSent.get(event.index) ?? '') + event.partialJson);
        return this.#toolChunk({ type: 'tool_call_chunk', index: event.index, args: event.partialJson });
      case 'block_end':
        return this.#completedBlock(event.index, event.block);
      case 'usage_update':
        this.#usage.update(event.usage);
        return undefined;
      case 'stop_reason_update':
        return this.#chunk({
          response_metadata: { stop_reason: event.stopReason, stop_sequence: event.stopSequence },
          ...this.#usageField(this.#usage.finish()),
        });
      case 'message_end':
        return undefined;
    }
  }

  #completedBlock(index: number, completed: object & { type: string }): ChatGenerationChunk | undefined {
    const block = completed as Record<string, unknown> & { type: string };
    if (block.type === 'tool_use') {
      if (this.#argsSent.get(index)) return undefined;
      return this.#toolChunk({ type: 'tool_call_chunk', index, args: JSON.stringify(block.input ?? {}) });
    }
    if (block.type === 'redacted_thinking' && !this.#options.textAsString) {
      const content: ContentBlock[] = [{ ...block, index }];
      return this.#chunk({ content });
    }
    return undefined;
  }

  #toolChunk(toolCallChunk: ToolCallChunk): ChatGenerationChunk {
    return this.#chunk({ tool_call_chunks: [toolCallChunk] });
  }

  #usageField(usage: UsageMetadata): { usage_metadata?: UsageMetadata } {
    return this.#options.streamUsage ? { usage_metadata: usage } : {};
  }

  #chunk(fields: ChunkFields, text = ''): ChatGenerationChunk {
    const message = new AIMessageChunk({
      ...fields,
      content: fields.content ?? (this.#options.textAsString ? '' : []),
      ...(this.#messageId ? { id: this.#messageId } : {}),
    } as ConstructorParameters<typeof AIMessageChunk>[0]);
    return new ChatGenerationChunk({ message, text });
  }
}
