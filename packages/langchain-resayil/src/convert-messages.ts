import type { BaseMessage, MessageContent } from '@langchain/core/messages';
import type { ToolCall } from '@langchain/core/messages/tool';
import type { ContentBlockParam, MessageParam, TextBlockParam, ToolResultBlockParam } from '@resayil/core';
import { convertAssistantContent, type AssistantTurn } from './convert-assistant-content.ts';
import { convertToolResultContent, convertUserContent } from './convert-user-content.ts';
import { isRecord } from '@resayil/core';
import { UnsupportedContentError } from './unsupported-content-error.ts';

/** A LangChain conversation in the gateway's terms. */
export interface ResayilConversation {
  /** The system prompt, when the conversation has one. */
  system?: string | TextBlockParam[];
  messages: MessageParam[];
}

/**
 * Converts LangChain messages to the body of a Messages request:
 *
 * - system messages (leading or in the middle, as agent middleware adds them) become the
 *   top-level `system`, in order: the gateway's Messages API has no system role in `messages`;
 * - human messages become user turns (text, images, text files: see `convertUserContent`);
 * - AI messages become assistant turns (see `convertAssistantContent`); one with nothing to send is
 *   left out rather than sent empty;
 * - tool messages become `tool_result` blocks; consecutive results, and a human message that
 *   follows them, share one user turn, results first, as the gateway requires.
 *
 * Throws `UnsupportedContentError` for a message or block it cannot send.
 */
export function convertMessages(messages: readonly BaseMessage[]): ResayilConversation {
  const system: TextBlockParam[] = [];
  const turns: MessageParam[] = [];
  messages.forEach((message, i) => {
    const at = `messages[${i}]`;
    switch (roleOf(message, at)) {
      case 'system':
        system.push(...systemBlocks(message.content));
        break;
      case 'user':
        appendTurn(turns, 'user', convertUserContent(message.content, `${at}.content`));
        break;
      case 'assistant':
        appendTurn(turns, 'assistant', convertAssistantContent(assistantTurn(message)));
        break;
      case 'tool':
        appendTurn(turns, 'user', [toolResult(message, at)]);
        break;
    }
  });
  const conversation: ResayilConversation = { messages: turns.map(orderToolResultsFirst) };
  if (system.length > 0) {
    conversation.system = system.some((block) => block.cache_control)
      ? system
      : system.map((block) => block.text).join('\n\n');
  }
  return conversation;
}

type Role = 'system' | 'user' | 'assistant' | 'tool';

function roleOf(message: BaseMessage, at: string): Role {
  const type: string = message.getType();
  switch (type) {
    case 'system':
    case 'developer':
      return 'system';
    case 'human':
      return 'user';
    case 'ai':
      return 'assistant';
    case 'tool':
      return 'tool';
    case 'generic': {
      const role = (message as BaseMessage & { role?: unknown }).role;
      if (role === 'user' || role === 'human') return 'user';
      if (role === 'assistant' || role === 'ai') return 'assistant';
      if (role === 'system' || role === 'developer') return 'system';
      throw new UnsupportedContentError(
        at,
        `has the role "${String(role)}"`,
        'Use user, assistant or system.',
      );
    }
    default:
      throw new UnsupportedContentError(
        at,
        `is a ${String(type)} message, which ChatResayil cannot send`,
        'Use SystemMessage, HumanMessage, AIMessage and ToolMessage.',
      );
  }
}

function systemBlocks(content: MessageContent): TextBlockParam[] {
  const parts = typeof content === 'string' ? [{ type: 'text', text: content }] : content;
  return parts.flatMap((part): TextBlockParam[] => {
    if (!isRecord(part) || typeof part.text !== 'string' || part.text.trim() === '') return [];
    return isRecord(part.cache_control)
      ? [{ type: 'text', text: part.text, cache_control: part.cache_control as { type: 'ephemeral' } }]
      : [{ type: 'text', text: part.text }];
  });
}

function assistantTurn(message: BaseMessage): AssistantTurn {
  const toolCalls = (message as BaseMessage & { tool_calls?: ToolCall[] }).tool_calls;
  return { id: message.id, content: message.content, ...(toolCalls ? { tool_calls: toolCalls } : {}) };
}

function toolResult(message: BaseMessage, at: string): ToolResultBlockParam {
  const { tool_call_id: toolUseId, status } = message as BaseMessage & {
    tool_call_id?: unknown;
    status?: unknown;
  };
  if (typeof toolUseId !== 'string' || toolUseId === '') {
    throw new UnsupportedContentError(
      at,
      'is a tool message without a tool_call_id',
      'Answer each tool call with new ToolMessage({ tool_call_id: call.id, content }).',
    );
  }
  const content = convertToolResultContent(message.content, `${at}.content`);
  const block: ToolResultBlockParam = { type: 'tool_result', tool_use_id: toolUseId };
  if (typeof content === 'string' ? content !== '' : content.length > 0) block.content = content;
  if (status === 'error') block.is_error = true;
  return block;
}

function appendTurn(turns: MessageParam[], role: 'user' | 'assistant', blocks: ContentBlockParam[]): void {
  if (blocks.length === 0) return;
  const last = turns.at(-1);
  if (last?.role === role && Array.isArray(last.content)) last.content.push(...blocks);
  else turns.push({ role, content: blocks });
}

function orderToolResultsFirst(turn: MessageParam): MessageParam {
  if (turn.role !== 'user' || typeof turn.content === 'string') return turn;
  const results = turn.content.filter((block) => block.type === 'tool_result');
  if (results.length === 0) return turn;
  return {
    role: 'user',
    content: [...results, ...turn.content.filter((block) => block.type !== 'tool_result')],
  };
}
