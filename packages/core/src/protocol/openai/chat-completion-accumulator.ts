import { isRecord } from '../json/is-record.ts';
import { AccumulatorBase } from '../stream/accumulator-base.ts';
import { toStreamEventError } from '../stream/to-stream-event-error.ts';
import { toolInputText } from '../stream/tool-input-text.ts';
import type { StreamEvent } from '../stream-event.ts';
import { mapCompletionUsage } from './map-completion-usage.ts';
import { mapFinishReason } from './map-finish-reason.ts';
import { toolUseId } from '../message/tool-use-id.ts';
import type { Message } from '../wire/anthropic.ts';
import { chatCompletionToMessage } from './chat-completion-to-message.ts';
import { parseChatCompletion } from './parse-chat-completion.ts';

/** A streamed tool call: where its block is, and the id it was announced with. */
interface ToolSlot {
  blockIndex: number;
  id: string;
  idFromGateway: boolean;
}

/**
 * Turns an OpenAI chat-completions stream (`POST /v1/chat/completions` with `stream: true`) into
 * the same normalized stream events as {@link MessageAccumulator} and a final message in the
 * Anthropic shape: a text block, `tool_use` blocks with the ids of the tool calls, `stop_reason`
 * mapped from `finish_reason` and usage mapped from `prompt_tokens` / `completion_tokens`.
 *
 * Accepts Resayil's quirks: `delta: []` on the last chunk, no usage chunk, no `event:` lines, the
 * first chunk carrying both `role` and `content`; and the official shape: a usage chunk with empty
 * `choices`, tool-call fragments (index, id and name on the first, `arguments` after), plus
 * `arguments` sent whole as an object. The stream is complete only with `data: [DONE]`.
 */
export class ChatCompletionAccumulator extends AccumulatorBase {
  private started = false;
  private finished = false;
  private textIndex: number | undefined;
  private thinkingIndex: number | undefined;
  private readonly toolSlots = new Map<number, ToolSlot>();

  protected onEvent(value: Record<string, unknown>): StreamEvent[] {
    if (value.error !== undefined && value.choices === undefined)
      throw toStreamEventError(value, this.secrets);
    const events = this.start(value);
    const choice = pickChoice(value.choices);
    if (choice && !this.finished) {
      const delta = isRecord(choice.delta) ? choice.delta : {};
      this.onReasoning(delta.reasoning_content ?? delta.reasoning, events);
      this.onText(delta.content, events);
      if (Array.isArray(delta.tool_calls)) this.onToolCalls(delta.tool_calls, this.builder.id, events);
      if (typeof choice.finish_reason === 'string' && choice.finish_reason !== '') {
        this.builder.stopReason = mapFinishReason(choice.finish_reason);
        this.finish(events);
      }
    }
    if (isRecord(value.usage)) {
      events.push({
        type: 'usage_update',
        usage: { ...this.builder.addUsage(mapCompletionUsage(value.usage)) },
      });
    }
    return events;
  }

  protected parseReply(bodyText: string): Message {
    return chatCompletionToMessage(parseChatCompletion(bodyText, 'application/json'));
  }

  protected onDone(): StreamEvent[] {
    const events = this.start({});
    this.finish(events);
    this.terminated = true;
    events.push({ type: 'stop_reason_update', stopReason: this.builder.stopReason, stopSequence: null });
    events.push({ type: 'message_end', message: this.builder.snapshot() });
    return events;
  }

  /** Emits `message_begin` at the first chunk, with its id and model. */
  private start(value: Record<string, unknown>): StreamEvent[] {
    if (this.started) return [];
    this.started = true;
    if (typeof value.id === 'string') this.builder.id = value.id;
    if (typeof value.model === 'string') this.builder.model = value.model;
    return [{ type: 'message_begin', id: this.builder.id, model: this.builder.model, usage: {} }];
  }

  private onReasoning(value: unknown, events: StreamEvent[]): void {
    if (typeof value !== 'string' || value === '') return;
    if (this.thinkingIndex === undefined) {
      this.thinkingIndex = this.builder.nextIndex();
      this.builder.start(this.thinkingIndex, { type: 'thinking', thinking: '', signature: '' });
    }
    if (this.builder.appendThinking(this.thinkingIndex, value)) {
      events.push({ type: 'thinking_delta', index: this.thinkingIndex, thinking: value });
    }
  }

  private onText(value: unknown, events: StreamEvent[]): void {
    if (typeof value !== 'string' || value === '') return;
    if (this.textIndex === undefined) {
      this.textIndex = this.builder.nextIndex();
      this.builder.start(this.textIndex, { type: 'text', text: '' });
    }
    if (this.builder.appendText(this.textIndex, value))
      events.push({ type: 'text_delta', index: this.textIndex, text: value });
  }

  private onToolCalls(calls: unknown[], completionId: string, events: StreamEvent[]): void {
    calls.forEach((call, position) => {
      if (!isRecord(call)) return;
      const key = typeof call.index === 'number' && Number.isInteger(call.index) ? call.index : position;
      const fn = isRecord(call.function) ? call.function : {};
      const name = typeof fn.name === 'string' ? fn.name : '';
      let slot = this.toolSlots.get(key);
      // A new id on a known index is a new call (some backends number every call 0).
      const isNewCall =
        !slot || (typeof call.id === 'string' && call.id !== '' && slot.idFromGateway && call.id !== slot.id);
      if (!slot || isNewCall) {
        const blockIndex = this.builder.nextIndex();
        const id = toolUseId(call.id, completionId, blockIndex);
        slot = { blockIndex, id, idFromGateway: typeof call.id === 'string' && call.id !== '' };
        this.toolSlots.set(key, slot);
        this.builder.start(blockIndex, { type: 'tool_use', id, name, input: {} });
        events.push({ type: 'tool_use_begin', index: blockIndex, id, name });
      } else if (name !== '') {
        this.builder.nameTool(slot.blockIndex, name);
      }
      const fragment = toolInputText(fn.arguments);
      if (fragment === '') return;
      const grown = this.builder.appendToolJson(slot.blockIndex, fragment);
      if (grown) events.push(grown);
    });
  }

  /** Completes every block once (at `finish_reason`, or at `[DONE]` if none came). */
  private finish(events: StreamEvent[]): void {
    if (this.finished) return;
    this.finished = true;
    for (const { index, block } of this.builder.closeAll()) events.push(this.blockEvent(index, block));
  }
}

function pickChoice(choices: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(choices)) return undefined;
  const records = choices.filter(isRecord);
  return records.find((choice) => choice.index === 0 || choice.index === undefined) ?? records[0];
}
