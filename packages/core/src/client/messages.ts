import {
  MessageAccumulator,
  buildMessagesRequest,
  parseMessage,
  type Message,
  type MessageCreateParams,
} from '../protocol/index.ts';
import { GuardedResource } from './guarded-resource.ts';
import type { MessageStream } from './message-stream.ts';
import { accumulatorOptions, type RequestOptions, type StreamOptions } from './request-options.ts';
import { ToolRun, type ToolRunParams } from './tool-run.ts';

/** `client.messages`: the Anthropic Messages endpoint, `POST /v1/messages`. */
export class Messages extends GuardedResource {
  /**
   * Sends a message and resolves with the complete reply. Images or documents for a model that
   * cannot read them throw `ModelCapabilityError`; with `maxCostUsd` or a budget, a prompt
   * estimated over the limit throws `BudgetExceededError`, both before anything is sent.
   */
  async create(params: MessageCreateParams, options: RequestOptions = {}): Promise<Message> {
    const request = buildMessagesRequest(this.options, { ...params, stream: false });
    const { text, cost } = await this.send(request, params, options);
    const message = parseMessage(text);
    cost?.settle(message.usage);
    return message;
  }

  /**
   * Sends a message and streams the reply. The request starts when the stream is first
   * iterated or `finalMessage()` is awaited. With `maxCostUsd` or a budget, the running cost is
   * followed and the stream (and the request) ends with `BudgetExceededError` once it is over.
   */
  stream(params: MessageCreateParams, options: StreamOptions = {}): MessageStream {
    const request = buildMessagesRequest(this.options, { ...params, stream: true });
    return this.openStream(
      request,
      params,
      new MessageAccumulator(accumulatorOptions(options, this.options.apiKey)),
      options,
    );
  }

  /**
   * Streams a conversation in which the model may call tools: each round streams the reply,
   * runs the requested tools (in parallel) with their handlers, sends the results back, and
   * continues until the model stops asking or `maxRounds` is reached. Spending options apply to
   * each round; a budget is charged for every one.
   */
  runTools(params: ToolRunParams, options: RequestOptions = {}): ToolRun {
    const { signal, ...spending } = options;
    return new ToolRun(
      (roundParams, roundSignal) => this.stream(roundParams, { ...spending, signal: roundSignal }),
      params,
      signal,
    );
  }
}
