import type { MessageCreateParams } from '@resayil/core/protocol';
import { fromMessagesRequest } from '../conversation/from-messages-request.ts';
import { jsonResponse } from '../http/outgoing.ts';
import { anthropicMessage } from '../render/anthropic-message.ts';
import { deterministicId } from '../responder/deterministic-id.ts';
import { anthropicErrorFrame, anthropicEvents } from '../sse/anthropic-events.ts';
import { sseHeaders } from '../sse/sse-headers.ts';
import { validateMessagesRequest } from '../validation/validate-messages-request.ts';
import { checkThinkingTurns } from '../thinking/check-thinking-turns.ts';
import { handleModelRequest } from './model-route.ts';
import type { Route } from './route.ts';

/** `POST /v1/messages`: the Anthropic Messages API, streamed or not. */
export const messagesRoute: Route = {
  method: 'POST',
  path: '/v1/messages',
  dialect: 'messages',
  extension: false,
  handle: (context) =>
    handleModelRequest<MessageCreateParams>(context, {
      validate: validateMessagesRequest,
      toConversation: fromMessagesRequest,
      toolIdPrefix: 'toolu_',
      responseId: (seed) => deterministicId('msg_', seed),
      checkHistory: (body, thinking, state) =>
        thinking ? checkThinkingTurns(body.messages, state.thinkingSeals) : undefined,
      adjustUsage: (body, usage, state) => state.promptCache.apply(body, usage),
      render(reply, meta, conversation, { profile }) {
        if (!conversation.stream) return jsonResponse(200, anthropicMessage(reply, meta, profile.fullUsage));
        const style = profile.messagesStream;
        return {
          kind: 'sse',
          status: 200,
          headers: sseHeaders(profile),
          frames: anthropicEvents(reply, meta, style, profile.fullUsage),
          errorFrame: (type, message) => anthropicErrorFrame(type, message, style.eventLines),
        };
      },
    }),
};
