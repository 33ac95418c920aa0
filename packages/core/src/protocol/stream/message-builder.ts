import { InvalidToolInputError } from '../errors/invalid-tool-input-error.ts';
import { isRecord } from '../json/is-record.ts';
import { parsePartialJson } from '../json/parse-partial-json.ts';
import { TOOL_BLOCK_TYPES } from '../message/tool-block-types.ts';
import { toolUseId } from '../message/tool-use-id.ts';
import type {
  ContentBlock,
  Message,
  StopReason,
  TextBlock,
  ThinkingBlock,
  UnknownBlock,
  Usage,
} from '../wire/anthropic.ts';
import { mergeUsage } from './merge-usage.ts';
import type { StreamAccumulatorOptions } from './stream-accumulator.ts';
import { parseToolInput } from './parse-tool-input.ts';
import { TextBuffer } from './text-buffer.ts';
import { toolInputDelta } from './tool-input-delta.ts';
import type { ToolInputDeltaStreamEvent } from '../stream-event.ts';

/** A tool call block under construction (`tool_use`, or a server tool such as `server_tool_use`). */
interface ToolState {
  kind: 'tool';
  block: UnknownBlock & { id: string; name: string; input: unknown };
  /** The input JSON received so far. */
  json: string;
  /** Whether any input fragment arrived (otherwise the start event's input is final). */
  jsonSeen: boolean;
  closed: boolean;
}

/**
 * A block under construction. Text and reasoning grow in a `TextBuffer` (kept at about the size of
 * the text) and are written into the block when it is copied out.
 */
type BlockState =
  | { kind: 'text'; block: TextBlock; text: TextBuffer; closed: boolean }
  | { kind: 'thinking'; block: ThinkingBlock; thinking: TextBuffer; closed: boolean }
  | ToolState
  | { kind: 'other'; block: UnknownBlock; closed: boolean };

/**
 * The content of a reply under construction, block by block, keyed by the block's position in the
 * final `content`. Shared by both accumulators so they build identical messages. Internal.
 */
export class MessageBuilder {
  id = '';
  model = '';
  usage: Usage = {};
  stopReason: StopReason | null = null;
  stopSequence: string | null = null;
  private readonly blocks = new Map<number, BlockState>();
  private readonly invalidInputs = new Map<number, InvalidToolInputError>();
  private readonly invalidToolInput: 'throw' | 'report';
  private readonly keepText: boolean;

  constructor(options: StreamAccumulatorOptions = {}) {
    this.invalidToolInput = options.invalidToolInput ?? 'throw';
    this.keepText = options.keepText ?? true;
  }

  /** Why the tool input at `index` could not be parsed (only in `'report'` mode). */
  invalidInputOf(index: number): InvalidToolInputError | undefined {
    return this.invalidInputs.get(index);
  }

  /** The position after the last block. */
  nextIndex(): number {
    let next = 0;
    for (const index of this.blocks.keys()) next = Math.max(next, index + 1);
    return next;
  }

  /** Merges a usage report (last value per field wins) and returns the merged usage. */
  addUsage(update: unknown): Usage {
    this.usage = mergeUsage(this.usage, update);
    return this.usage;
  }

  /** Whether a block exists at `index`. */
  has(index: number): boolean {
    return this.blocks.has(index);
  }

  /** The type of the block at `index` (`text`, `tool_use`, …), if any. */
  typeAt(index: number): string | undefined {
    return this.blocks.get(index)?.block.type;
  }

  /**
   * Starts a block from a `content_block_start` payload (or a synthesized one). A tool call without
   * an id gets {@link toolUseId}'s.
   */
  start(index: number, raw: Record<string, unknown>): void {
    const type = typeof raw.type === 'string' ? raw.type : 'unknown';
    if (type === 'text') {
      const { citations, ...rest } = raw;
      const block: TextBlock = { ...rest, type: 'text', text: stringOr(raw.text, '') };
      if (Array.isArray(citations)) block.citations = [...(citations as unknown[])];
      else if (citations === null) block.citations = null;
      this.blocks.set(index, { kind: 'text', block, text: new TextBuffer(block.text), closed: false });
    } else if (type === 'thinking') {
      const block: ThinkingBlock = {
        ...raw,
        type: 'thinking',
        thinking: stringOr(raw.thinking, ''),
        signature: stringOr(raw.signature, ''),
      };
      this.blocks.set(index, {
        kind: 'thinking',
        block,
        thinking: new TextBuffer(block.thinking),
        closed: false,
      });
    } else if (TOOL_BLOCK_TYPES.has(type)) {
      const block = {
        ...raw,
        type,
        id: toolUseId(raw.id, this.id, index),
        name: stringOr(raw.name, ''),
        input: raw.input ?? {},
      };
      this.blocks.set(index, { kind: 'tool', block, json: '', jsonSeen: false, closed: false });
    } else {
      this.blocks.set(index, { kind: 'other', block: { ...raw, type }, closed: false });
    }
  }

  /**
   * Replaces everything with a complete message, each block complete (a whole reply that came
   * where a stream was expected).
   */
  load(message: Message): void {
    this.id = message.id;
    this.model = message.model;
    this.usage = { ...message.usage };
    this.stopReason = message.stop_reason;
    this.stopSequence = message.stop_sequence;
    this.blocks.clear();
    message.content.forEach((block, index) => {
      this.start(index, { ...block });
      (this.blocks.get(index) as BlockState).closed = true;
    });
  }

  /** Appends text to the text block at `index`. Returns false when there is no open text block. */
  appendText(index: number, text: string): boolean {
    const state = this.open(index);
    if (state?.kind !== 'text') return false;
    if (this.keepText) state.text.append(text);
    return true;
  }

  /** Appends a citation to the text block at `index`. */
  addCitation(index: number, citation: unknown): boolean {
    const state = this.open(index);
    if (state?.kind !== 'text') return false;
    state.block.citations = [...(state.block.citations ?? []), citation];
    return true;
  }

  /** Appends reasoning to the thinking block at `index`. */
  appendThinking(index: number, thinking: string): boolean {
    const state = this.open(index);
    if (state?.kind !== 'thinking') return false;
    state.thinking.append(thinking);
    return true;
  }

  /** Sets the signature of the thinking block at `index`. */
  setSignature(index: number, signature: string): boolean {
    const state = this.open(index);
    if (state?.kind !== 'thinking') return false;
    state.block.signature = signature;
    return true;
  }

  /**
   * Appends an input fragment to the tool block at `index`. Returns its `tool_input_delta` event
   * (whose snapshot is the input parsed as far as it goes, when read), or `undefined` when there is
   * no open tool block.
   */
  appendToolJson(index: number, fragment: string): ToolInputDeltaStreamEvent | undefined {
    const state = this.open(index);
    if (state?.kind !== 'tool') return undefined;
    state.json += fragment;
    state.jsonSeen = true;
    return toolInputDelta(index, state.block.id, fragment, state.json);
  }

  /** Renames the tool block at `index` if it has no name yet (a name that arrives late). */
  nameTool(index: number, name: string): void {
    const state = this.open(index);
    if (state?.kind === 'tool' && state.block.name === '') state.block.name = name;
  }

  /**
   * Completes the block at `index` and returns it, or `undefined` if there is none or it is
   * already complete. A tool input is parsed strictly here (`InvalidToolInputError`).
   */
  close(index: number): ContentBlock | UnknownBlock | undefined {
    const state = this.open(index);
    if (!state) return undefined;
    if (state.kind === 'tool' && state.jsonSeen) {
      try {
        state.block.input = parseToolInput(state.json, state.block);
      } catch (error) {
        if (this.invalidToolInput === 'throw' || !(error instanceof InvalidToolInputError)) throw error;
        this.invalidInputs.set(index, error);
        const partial = parsePartialJson(state.json);
        state.block.input = isRecord(partial) ? partial : {};
      }
    } else if (state.kind === 'tool' && !isRecord(state.block.input)) {
      state.block.input = {};
    }
    state.closed = true;
    return copyBlock(state);
  }

  /** Completes every open block, in order, returning each with its index. */
  closeAll(): Array<{ index: number; block: ContentBlock | UnknownBlock }> {
    const closed: Array<{ index: number; block: ContentBlock | UnknownBlock }> = [];
    for (const index of this.sortedIndexes()) {
      const block = this.close(index);
      if (block) closed.push({ index, block });
    }
    return closed;
  }

  /** The message as it stands: complete blocks as they are, open tool inputs parsed leniently. */
  snapshot(): Message {
    return {
      id: this.id,
      type: 'message',
      role: 'assistant',
      model: this.model,
      content: this.sortedIndexes().map((index) =>
        copyBlock(this.blocks.get(index) as BlockState),
      ) as ContentBlock[],
      stop_reason: this.stopReason,
      stop_sequence: this.stopSequence,
      usage: { ...this.usage },
    };
  }

  private open(index: number): BlockState | undefined {
    const state = this.blocks.get(index);
    return state && !state.closed ? state : undefined;
  }

  private sortedIndexes(): number[] {
    return [...this.blocks.keys()].sort((a, b) => a - b);
  }
}

function copyBlock(state: BlockState): ContentBlock | UnknownBlock {
  if (state.kind === 'tool' && !state.closed) {
    const partial = state.jsonSeen ? parsePartialJson(state.json) : state.block.input;
    return { ...state.block, input: isRecord(partial) ? partial : {} };
  }
  if (state.kind === 'text') {
    state.block.text = state.text.toString();
    if (Array.isArray(state.block.citations))
      return { ...state.block, citations: [...state.block.citations] };
  } else if (state.kind === 'thinking') {
    state.block.thinking = state.thinking.toString();
  }
  return { ...state.block };
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
