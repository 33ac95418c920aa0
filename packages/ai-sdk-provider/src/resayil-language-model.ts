import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
} from '@ai-sdk/provider';
import {
  chatCompletionToMessage,
  messagesToChatCompletion,
  type ChatCompletionCreateParams,
  type MessageStream,
  type Resayil,
  type SSEMessage,
  type StreamEvent,
} from '@resayil/core';
import { convertMessage } from './convert-message.ts';
import { convertUsage } from './convert-usage.ts';
import { mapFinishReason } from './map-finish-reason.ts';
import { prepareRequest, type PreparedRequest } from './prepare-request.ts';
import { PROVIDER_OPTIONS_KEY } from './provider-options-key.ts';
import { StreamPartMapper } from './stream-part-mapper.ts';
import { toAISDKError, type CallContext } from './to-ai-sdk-error.ts';

/** The model ids seen on LLM Resayil; any other id the gateway serves works too. */
export type ResayilModelId =
  | 'qwen3.5:397b'
  | 'kimi-k2.6'
  | 'glm-5.1'
  | 'gpt-oss:120b'
  | 'mistral-large-3:675b'
  | 'gemma4:31b'
  | 'minimax-m3'
  | 'qwen3-vl:235b'
  | (string & {});

/** What a model needs from its provider. */
export interface ResayilLanguageModelConfig {
  /** The provider name reported to the AI SDK, e.g. `resayil.messages`. */
  provider: string;
  /** Core's client for a call with these headers (the provider's settings, its retries off). */
  client: (callHeaders: Record<string, string | undefined> | undefined) => Resayil;
}

/**
 * A Resayil model for the AI SDK (`LanguageModelV4`). It maps the AI SDK's calls onto core's
 * client: `doGenerate` sends one request and maps the reply, `doStream` streams core's normalized
 * events as stream parts. Core does the HTTP, the gateway's quirks and the errors; its retries are
 * off, because the AI SDK retries (`maxRetries`) using each error's `isRetryable`.
 */
export class ResayilLanguageModel implements LanguageModelV4 {
  readonly specificationVersion = 'v4';
  readonly modelId: ResayilModelId;
  /**
   * No URL is passed through: the gateway takes files inline, so the AI SDK downloads URLs first
   * and sends their bytes.
   */
  readonly supportedUrls: Record<string, RegExp[]> = {};
  readonly #config: ResayilLanguageModelConfig;

  constructor(modelId: ResayilModelId, config: ResayilLanguageModelConfig) {
    this.modelId = modelId;
    this.#config = config;
  }

  /** The provider name, e.g. `resayil.messages`. */
  get provider(): string {
    return this.#config.provider;
  }

  /** One complete reply (`generateText`). */
  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const request = await prepareRequest(this.modelId, options);
    const { client, context, chatParams } = this.#call(request, options);
    try {
      const signal = { signal: options.abortSignal, ...request.spending };
      const message = chatParams
        ? chatCompletionToMessage(await client.chat.completions.create(chatParams, signal))
        : await client.messages.create(request.params, signal);
      return {
        content: convertMessage(message, request.responseToolName),
        finishReason: mapFinishReason(message.stop_reason, request.responseToolName !== undefined),
        usage: convertUsage(message.usage),
        providerMetadata: {
          [PROVIDER_OPTIONS_KEY]: { stopReason: message.stop_reason, stopSequence: message.stop_sequence },
        },
        request: { url: context.url, body: context.requestBodyValues },
        response: { id: message.id, modelId: message.model, body: message },
        warnings: request.warnings,
      };
    } catch (error) {
      throw toAISDKError(error, context);
    }
  }

  /**
   * A streamed reply (`streamText`). Resolves once the first event has arrived, so an HTTP error
   * (or an error event before any content) rejects the call as an `APICallError` the AI SDK can
   * retry; later failures (a cut stream, an error event) become an `error` part. Cancelling the
   * returned stream, or the call's abort signal, ends the upstream request.
   */
  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const request = await prepareRequest(this.modelId, options);
    const { client, context, chatParams } = this.#call(request, options);
    // Parts go straight to the stream once it exists; until then (the first event is read before
    // `doStream` returns) they wait here.
    const pending: LanguageModelV4StreamPart[] = [{ type: 'stream-start', warnings: request.warnings }];
    let target: ReadableStreamDefaultController<LanguageModelV4StreamPart> | undefined;
    let produced = 0;
    const emit = (part: LanguageModelV4StreamPart): void => {
      produced++;
      if (target) target.enqueue(part);
      else pending.push(part);
    };
    const streamOptions = {
      signal: options.abortSignal,
      ...request.spending,
      invalidToolInput: 'report' as const,
      keepText: false,
      ...(options.includeRawChunks ? { onRawEvent: (message: SSEMessage) => emit(rawPart(message)) } : {}),
    };
    let stream: MessageStream;
    try {
      stream = chatParams
        ? client.chat.completions.stream(chatParams, streamOptions)
        : client.messages.stream(request.params, streamOptions);
    } catch (error) {
      throw toAISDKError(error, context);
    }
    const mapper = new StreamPartMapper({
      responseToolName: request.responseToolName,
      requestId: () => stream.requestId,
    });
    const events = stream[Symbol.asyncIterator]();
    let first: IteratorResult<StreamEvent> | undefined;
    try {
      first = await events.next();
    } catch (error) {
      throw toAISDKError(error, context);
    }

    const parts = new ReadableStream<LanguageModelV4StreamPart>({
      start(controller) {
        for (const part of pending) controller.enqueue(part);
        pending.length = 0;
        target = controller;
      },
      // Each pull maps events until one gives parts, which are handed out at once: nothing waits
      // for the event after it.
      async pull(controller) {
        produced = 0;
        try {
          while (produced === 0) {
            const result = first ?? (await events.next());
            first = undefined;
            if (result.done) {
              controller.close();
              return;
            }
            mapper.map(result.value, emit);
          }
        } catch (error) {
          const converted = toAISDKError(error, context);
          if (isAbort(converted)) {
            controller.error(converted);
            return;
          }
          controller.enqueue({ type: 'error', error: converted });
          controller.close();
        }
      },
      async cancel() {
        await events.return(undefined);
      },
    });
    return { stream: parts, request: { url: context.url, body: context.requestBodyValues } };
  }

  #call(request: PreparedRequest, options: LanguageModelV4CallOptions): PreparedCall {
    const context: CallContext = {
      url: '',
      requestBodyValues: request.params,
      abortSignal: options.abortSignal,
    };
    try {
      const client = this.#config.client(options.headers);
      if (request.route === 'messages') {
        context.url = `${client.baseURL}/v1/messages`;
        return { client, context, chatParams: undefined };
      }
      context.url = `${client.baseURL}/v1/chat/completions`;
      const chatParams = messagesToChatCompletion(request.params);
      context.requestBodyValues = chatParams;
      return { client, context, chatParams };
    } catch (error) {
      throw toAISDKError(error, context);
    }
  }
}

/** A call's client, the request it sends on the chat completions route, and its error context. */
interface PreparedCall {
  client: Resayil;
  context: CallContext;
  /** The request body when the call goes to `/v1/chat/completions`. */
  chatParams: ChatCompletionCreateParams | undefined;
}

function rawPart(message: SSEMessage): LanguageModelV4StreamPart {
  try {
    return { type: 'raw', rawValue: JSON.parse(message.data) as unknown };
  } catch {
    return { type: 'raw', rawValue: message.data };
  }
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
