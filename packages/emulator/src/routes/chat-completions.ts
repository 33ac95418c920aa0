import type { ChatCompletionCreateParams } from '@resayil/core/protocol';
import { fromChatRequest } from '../conversation/from-chat-request.ts';
import { jsonResponse } from '../http/outgoing.ts';
import { openaiCompletion } from '../render/openai-completion.ts';
import { deterministicId, deterministicUuid } from '../responder/deterministic-id.ts';
import { openaiChunks, openaiErrorFrame } from '../sse/openai-chunks.ts';
import { sseHeaders } from '../sse/sse-headers.ts';
import { validateChatRequest } from '../validation/validate-chat-request.ts';
import { handleModelRequest } from './model-route.ts';
import type { Route } from './route.ts';

/** `POST /v1/chat/completions`: the OpenAI chat-completions API, streamed or not. */
export const chatCompletionsRoute: Route = {
  method: 'POST',
  path: '/v1/chat/completions',
  dialect: 'chat',
  extension: false,
  handle: (context) =>
    handleModelRequest<ChatCompletionCreateParams>(context, {
      validate: validateChatRequest,
      toConversation: fromChatRequest,
      toolIdPrefix: 'call_',
      responseId: (seed, { profile }) =>
        profile.chatStream.idStyle === 'uuid'
          ? `chatcmpl-${deterministicUuid(seed)}`
          : deterministicId('chatcmpl-', seed, 29),
      render(reply, meta, conversation, { profile }) {
        const official = profile.name === 'anthropic';
        if (!conversation.stream)
          return jsonResponse(
            200,
            openaiCompletion(reply, meta, official, profile.chatStream.reasoningField),
          );
        return {
          kind: 'sse',
          status: 200,
          headers: sseHeaders(profile),
          frames: openaiChunks(reply, meta, profile.chatStream, conversation.includeUsage),
          errorFrame: openaiErrorFrame,
        };
      },
    }),
};
