import { AIMessage } from '@langchain/core/messages';
import type { InvalidToolCall, ToolCall } from '@langchain/core/messages/tool';
import type { Message } from '@resayil/core';
import { isRecord } from '@resayil/core';
import { readUsage, toUsageMetadata } from './usage-metadata.ts';

/**
 * Turns the gateway's complete reply into an `AIMessage` shaped exactly like the concatenation of
 * the streamed chunks of the same reply (see `StreamEventConverter`): the same content form, tool
 * calls in `tool_calls` (not repeated in `content`), `response_metadata.model`, `stop_reason`,
 * `stop_sequence`, and `usage_metadata`.
 */
export function messageToAIMessage(message: Message, options: { textAsString: boolean }): AIMessage {
  const toolCalls: ToolCall[] = [];
  const invalidToolCalls: InvalidToolCall[] = [];
  const blocks: Array<Record<string, unknown>> = [];
  const texts: string[] = [];
  const reasoning: string[] = [];
  message.content.forEach((block) => {
    switch (block.type) {
      case 'text':
        texts.push(block.text);
        if (block.text !== '') blocks.push({ type: 'text', text: block.text });
        break;
      case 'thinking':
        reasoning.push(block.thinking);
        blocks.push({ type: 'thinking', thinking: block.thinking, signature: block.signature });
        break;
      case 'redacted_thinking':
        blocks.push({ type: 'redacted_thinking', data: block.data });
        break;
      case 'tool_use': {
        const id = block.id;
        if (isRecord(block.input)) {
          toolCalls.push({ type: 'tool_call', id, name: block.name, args: block.input });
        } else {
          invalidToolCalls.push({
            type: 'invalid_tool_call',
            id,
            name: block.name,
            args: JSON.stringify(block.input),
            error: 'The tool input is not a JSON object.',
          });
        }
        break;
      }
    }
  });
  const fields = {
    content: options.textAsString ? texts.join('') : blocks,
    tool_calls: toolCalls,
    invalid_tool_calls: invalidToolCalls,
    usage_metadata: toUsageMetadata(readUsage(message.usage)),
    response_metadata: {
      model: message.model,
      stop_reason: message.stop_reason,
      stop_sequence: message.stop_sequence,
    },
    ...(options.textAsString && reasoning.length > 0
      ? { additional_kwargs: { reasoning_content: reasoning.join('') } }
      : {}),
    ...(message.id ? { id: message.id } : {}),
  };
  return new AIMessage(fields as unknown as ConstructorParameters<typeof AIMessage>[0]);
}
