import {
  ChatCompletionAccumulator,
  buildChatCompletionsRequest,
  parseChatCompletion,
  type ChatCompletion,
  type ChatCompletionCreateParams,
} from '../protocol/index.ts';
import { MessageStream } from './message-stream.ts';
import { APIResource } from './api-resource.ts';
import { accumulatorOptions, type RequestOptions, type StreamOptions } from './request-options.ts';

/** `client.chat.completions`: the OpenAI-compatible endpoint, `POST /v1/chat/completions`. */
export class ChatCompletions extends APIResource {
  /** Sends a chat completion request and resolves with the OpenAI-shaped response. */
  async create(params: ChatCompletionCreateParams, options: RequestOptions = {}): Promise<ChatCompletion> {
    const request = buildChatCompletionsRequest(this.options, { ...params, stream: false });
    const { text, response } = await this.transport.text(request, options.signal);
    return parseChatCompletion(text, response.headers.get('content-type'));
  }

  /**
   * Streams a chat completion, normalized to the same `StreamEvent`s as `messages.stream()`
   * (tolerating the gateway's `delta: []` and missing usage chunk); `finalMessage()` gives the
   * reply in Messages shape.
   */
  stream(params: ChatCompletionCreateParams, options: StreamOptions = {}): MessageStream {
    const request = buildChatCompletionsRequest(this.options, { ...params, stream: true });
    return new MessageStream(
      (signal) => this.transport.open(request, signal),
      new ChatCompletionAccumulator(accumulatorOptions(options)),
      this.options.idleTimeout,
      options.signal,
      options.onRawEvent,
    );
  }
}
