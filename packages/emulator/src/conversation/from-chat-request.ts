import type { ChatCompletionCreateParams } from '@resayil/core/protocol';
import { asksForThinking } from '../thinking/thinking-request.ts';
import type { Conversation, JsonFormat, ToolChoiceSpec, Turn } from './conversation.ts';
import { textOf } from './text-of.ts';

/** The request fields read here that the wire type may not list. */
type ChatRequest = ChatCompletionCreateParams & {
  parallel_tool_calls?: boolean;
  response_format?: { type: string; json_schema?: { schema?: Record<string, unknown> } };
};

/** Reads a validated `POST /v1/chat/completions` body. */
export function fromChatRequest(body: ChatRequest, size: number): Conversation {
  const names = new Map<string, string>();
  const systems: string[] = [];
  const turns: Turn[] = [];
  const newTurn = (role: Turn['role']): Turn => ({
    role,
    text: '',
    toolUses: [],
    toolResults: [],
    hasImage: false,
  });
  for (const message of body.messages) {
    if (message.role === 'system' || message.role === 'developer') {
      systems.push(textOf(message.content));
      continue;
    }
    if (message.role === 'tool') {
      const last = turns.at(-1);
      const turn = last && last.role === 'user' && last.text === '' ? last : newTurn('user');
      if (turn !== last) turns.push(turn);
      turn.toolResults.push({
        toolUseId: message.tool_call_id,
        name: names.get(message.tool_call_id),
        content: textOf(message.content),
        isError: false,
      });
      continue;
    }
    const turn = newTurn(message.role);
    turn.text = textOf(message.content);
    if (message.role === 'user' && Array.isArray(message.content)) {
      turn.hasImage = message.content.some((part) => part.type === 'image_url');
    }
    if (message.role === 'assistant') {
      for (const call of message.tool_calls ?? []) {
        names.set(call.id, call.function.name);
        turn.toolUses.push({
          id: call.id,
          name: call.function.name,
          input: parseArguments(call.function.arguments),
        });
      }
    }
    turns.push(turn);
  }
  const stop = body.stop;
  return {
    model: body.model,
    system: systems.join('\n'),
    turns,
    tools: (body.tools ?? []).map((tool) => ({
      name: tool.function.name,
      description: tool.function.description ?? '',
      schema: tool.function.parameters ?? { type: 'object', properties: {} },
    })),
    toolChoice: toolChoiceOf(body.tool_choice),
    parallelToolCalls: body.parallel_tool_calls !== false,
    maxTokens: body.max_completion_tokens ?? body.max_tokens,
    stopSequences: stop === undefined || stop === null ? [] : typeof stop === 'string' ? [stop] : stop,
    jsonFormat: jsonFormatOf(body.response_format),
    stream: body.stream === true,
    thinking: asksForThinking(body as unknown as Record<string, unknown>),
    includeUsage: body.stream_options?.include_usage === true,
    size,
  };
}

function toolChoiceOf(choice: ChatCompletionCreateParams['tool_choice']): ToolChoiceSpec {
  if (choice === undefined || choice === 'auto') return { type: 'auto' };
  if (choice === 'none') return { type: 'none' };
  if (choice === 'required') return { type: 'any' };
  return { type: 'tool', name: choice.function.name };
}

function jsonFormatOf(format: ChatRequest['response_format']): JsonFormat | undefined {
  if (format?.type === 'json_object') return { type: 'json_object' };
  if (format?.type === 'json_schema')
    return { type: 'json_schema', schema: format.json_schema?.schema ?? { type: 'object' } };
  return undefined;
}

function parseArguments(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
