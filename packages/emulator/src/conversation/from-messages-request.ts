import type { ContentBlockParam, MessageCreateParams } from '@resayil/core/protocol';
import { asksForThinking } from '../thinking/thinking-request.ts';
import type { Conversation, JsonFormat, ToolChoiceSpec, Turn } from './conversation.ts';
import { textOf } from './text-of.ts';

/** Structured outputs: `output_format` (beta) or `output_config.format`. */
interface OutputFormat {
  type: string;
  schema?: Record<string, unknown>;
}

/** The request fields read here that the wire type may not list. */
type MessagesRequest = MessageCreateParams & {
  output_format?: OutputFormat;
  output_config?: { format?: OutputFormat };
};

/** Reads a validated `POST /v1/messages` body. */
export function fromMessagesRequest(body: MessagesRequest, size: number): Conversation {
  const names = new Map<string, string>();
  const turns = body.messages.map((message): Turn => {
    const blocks: ContentBlockParam[] =
      typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
    const turn: Turn = { role: message.role, text: '', toolUses: [], toolResults: [], hasImage: false };
    const texts: string[] = [];
    for (const block of blocks) {
      if (block.type === 'text') texts.push(block.text);
      else if (block.type === 'image') turn.hasImage = true;
      else if (block.type === 'tool_use') {
        names.set(block.id, block.name);
        turn.toolUses.push({ id: block.id, name: block.name, input: block.input });
      } else if (block.type === 'tool_result') {
        const content = block.content;
        if (Array.isArray(content) && content.some((part) => part.type === 'image')) turn.hasImage = true;
        turn.toolResults.push({
          toolUseId: block.tool_use_id,
          name: names.get(block.tool_use_id),
          content: textOf(content),
          isError: block.is_error === true,
        });
      }
    }
    turn.text = texts.join('\n');
    return turn;
  });
  const choice = body.tool_choice;
  const toolChoice: ToolChoiceSpec =
    choice === undefined
      ? { type: 'auto' }
      : choice.type === 'tool'
        ? { type: 'tool', name: choice.name }
        : { type: choice.type };
  return {
    model: body.model,
    system: textOf(body.system),
    turns,
    tools: (body.tools ?? []).map((tool) => ({
      name: tool.name,
      description: tool.description ?? '',
      // Server tools (with a `type`) carry no input schema.
      schema: tool.input_schema ?? { type: 'object' },
    })),
    toolChoice,
    parallelToolCalls: !(
      choice !== undefined &&
      'disable_parallel_tool_use' in choice &&
      choice.disable_parallel_tool_use
    ),
    maxTokens: body.max_tokens,
    stopSequences: body.stop_sequences ?? [],
    jsonFormat: jsonFormatOf(body.output_config?.format ?? body.output_format),
    stream: body.stream === true,
    thinking: asksForThinking(body as unknown as Record<string, unknown>),
    includeUsage: true,
    size,
  };
}

function jsonFormatOf(format: OutputFormat | undefined): JsonFormat | undefined {
  if (format?.type !== 'json_schema') return undefined;
  return { type: 'json_schema', schema: format.schema ?? { type: 'object' } };
}
