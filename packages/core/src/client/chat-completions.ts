import {
  ChatCompletionAccumulator,
  buildChatCompletionsRequest,
  mapCompletionUsage,
  parseChatCompletion,
  type ChatCompletion,
  type ChatCompletionCreateParams,
} from '../protocol/index.ts';
import { GuardedResource } from './guarded-resource.ts';
import type { MessageStream } from './message-stream.ts';
import { accumulatorOptions, type RequestOptions, type StreamOptions } from './request-options.ts';

/** `client.chat.completions`: the OpenAI-compatible endpoint, `POST /v1/chat/completions`. */
export class ChatCompletions extends GuardedResource {
  /**
   * Sends a chat completion request and resolves with the OpenAI-shaped response. Capabilities
   * and spending limits are checked as in `messages.create()`.
   */
  async create(params: ChatCompletionCreateParams, options: RequestOptions = {}): Promise<ChatCompletion> {
    const request = buildChatCompletionsRequest(this.options, { ...params, stream: false });
    const { text, response, cost } = await this.send(request, params, options);
    const completion = parseChatCompletion(text, response.headers.get('content-type'));
    cost?.settle(mapCompletionUsage(completion.usage));
    return completion;
  }

  /**
   * Streams a chat completion, normalized to the same `StreamEvent`s as `messages.stream()`
   * (tolerating the gateway's `delta: []` and missing usage chunk); `finalMessage()` gives the
   * reply in Messages shape. Spending limits are followed as in `messages.stream()`.
   */
  stream(params: ChatCompletionCreateParams, options: StreamOptions = {}): MessageStream {
    const request = buildChatCompletionsRequest(this.options, { ...params, stream: true });
    return this.openStream(
      request,
      params,
      new ChatCompletionAccumulator(accumulatorOptions(options, this.options.apiKey)),
      options,
    );
  }
}
