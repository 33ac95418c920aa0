import type { Conversation } from '../../src/conversation/conversation.ts';
import { fromChatRequest } from '../../src/conversation/from-chat-request.ts';
import { fromMessagesRequest } from '../../src/conversation/from-messages-request.ts';

/** Test helper: the conversation of a `/v1/messages` body (`model` and `max_tokens` filled in). */
export function messagesConversation(body: Record<string, unknown>): Conversation {
  const full = { model: 'm', max_tokens: 200, ...body };
  return fromMessagesRequest(
    full as unknown as Parameters<typeof fromMessagesRequest>[0],
    JSON.stringify(full).length,
  );
}

/** Test helper: the conversation of a `/v1/chat/completions` body (`model` filled in). */
export function chatConversation(body: Record<string, unknown>): Conversation {
  const full = { model: 'm', ...body };
  return fromChatRequest(
    full as unknown as Parameters<typeof fromChatRequest>[0],
    JSON.stringify(full).length,
  );
}
