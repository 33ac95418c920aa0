import { UnexpectedResponseError } from '../errors/unexpected-response-error.ts';
import { isRecord } from '../json/is-record.ts';
import { parseToolInput } from '../stream/parse-tool-input.ts';
import { toolInputText } from '../stream/tool-input-text.ts';
import type { ContentBlock, Message } from '../wire/anthropic.ts';
import type { ChatCompletion } from '../wire/openai.ts';
import { mapCompletionUsage } from './map-completion-usage.ts';
import { mapFinishReason } from './map-finish-reason.ts';
import { toolUseId } from '../message/tool-use-id.ts';

/**
 * Converts a non-streamed chat completion into a message in the Anthropic shape, the same one
 * {@link ChatCompletionAccumulator} produces for a stream: reasoning (if the backend leaks it) as a
 * thinking block, the text as a text block, each tool call as a `tool_use` block (its `arguments`
 * parsed strictly, a string or an object; `InvalidToolInputError` otherwise), `finish_reason`
 * mapped to `stop_reason`, usage mapped to input/output tokens. Throws `UnexpectedResponseError`
 * for JSON that has no `choices` array.
 */
export function chatCompletionToMessage(completion: ChatCompletion): Message {
  if (!isRecord(completion) || !Array.isArray(completion.choices)) {
    throw new UnexpectedResponseError({
      contentType: 'application/json',
      problem: 'JSON that is not a chat completion',
    });
  }
  const records = (completion.choices as unknown[]).filter(isRecord);
  const choice = records.find((c) => c.index === 0) ?? records[0];
  const message: Record<string, unknown> = isRecord(choice?.message) ? choice.message : {};
  const completionId = typeof completion.id === 'string' ? completion.id : '';
  const content: ContentBlock[] = [];
  const reasoning = message.reasoning_content ?? message.reasoning;
  if (typeof reasoning === 'string' && reasoning !== '') {
    content.push({ type: 'thinking', thinking: reasoning, signature: '' });
  }
  const text = textOf(message.content);
  if (text !== '') content.push({ type: 'text', text });
  const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  for (const call of calls) {
    if (!isRecord(call)) continue;
    const fn = isRecord(call.function) ? call.function : {};
    const id = toolUseId(call.id, completionId, content.length);
    const name = typeof fn.name === 'string' ? fn.name : '';
    content.push({
      type: 'tool_use',
      id,
      name,
      input: parseToolInput(toolInputText(fn.arguments), { id, name }),
    });
  }
  return {
    id: completionId,
    type: 'message',
    role: 'assistant',
    model: typeof completion.model === 'string' ? completion.model : '',
    content,
    stop_reason: mapFinishReason(typeof choice?.finish_reason === 'string' ? choice.finish_reason : null),
    stop_sequence: null,
    usage: mapCompletionUsage(completion.usage),
  };
}

/** The text of a message's `content`: a string, or the text parts of an array. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .filter(isRecord)
    .map((part) => (part.type === 'text' && typeof part.text === 'string' ? part.text : ''))
    .join('');
}
