import {
  MessageAccumulator,
  buildMessagesRequest,
  parseMessage,
  type Message,
  type MessageCreateParams,
} from '../protocol/index.ts';
import { MessageStream } from './message-stream.ts';
import { APIResource } from './api-resource.ts';
import { accumulatorOptions, type RequestOptions, type StreamOptions } from './request-options.ts';
import { ToolRun, type ToolRunParams } from './tool-run.ts';

/** `client.messages`: the Anthropic Messages endpoint, `POST /v1/messages`. */
export class Messages extends APIResource {
  /** Sends a message and resolves with the complete reply. */
  async create(params: MessageCreateParams, options: RequestOptions = {}): Promise<Message> {
    const request = buildMessagesRequest(this.options, { ...params, stream: false });
    const { text } = await this.transport.text(request, options.signal);
    return parseMessage(text);
  }

  /**
   * Sends a message and streams the reply. The request starts when the stream is first
   * iterated or `finalMessage()` is awaited.
   */
  stream(params: MessageCreateParams, options: StreamOptions = {}): MessageStream {
    const request = buildMessagesRequest(this.options, { ...params, stream: true });
    return new MessageStream(
      (signal) => this.transport.open(request, signal),
      new MessageAccumulator(accumulatorOptions(options)),
      this.options.idleTimeout,
      options.signal,
      options.onRawEvent,
    );
  }

  /**
   * Streams a conversation in which the model may call tools: each round streams the reply,
   * runs the requested tools (in parallel) with their handlers, sends the results back, and
   * continues until the model stops asking or `maxRounds` is reached.
   */
  runTools(params: ToolRunParams, options: RequestOptions = {}): ToolRun {
    return new ToolRun((roundParams, signal) => this.stream(roundParams, { signal }), params, options.signal);
  }
}
