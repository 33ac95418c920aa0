import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import type {
  BaseLanguageModelInput,
  StructuredOutputMethodOptions,
} from '@langchain/core/language_models/base';
import {
  BaseChatModel,
  type BindToolsInput,
  type LangSmithParams,
} from '@langchain/core/language_models/chat_models';
import type { ModelProfile } from '@langchain/core/language_models/profile';
import {
  AIMessage,
  type AIMessageChunk,
  type BaseMessage,
  type UsageMetadata,
} from '@langchain/core/messages';
import type { ChatGenerationChunk, ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';
import type { SerializableSchema } from '@langchain/core/utils/standard_schema';
import type { InteropZodType } from '@langchain/core/utils/types';
import {
  Resayil,
  TruncatedStreamError,
  markCacheBreakpoint,
  type MessageCreateParams,
  type ThinkingConfig,
} from '@resayil/core';
import {
  DEFAULT_MAX_TOKENS,
  DEFAULT_MODEL,
  type ChatResayilCallOptions,
  type ChatResayilFields,
} from './chat-resayil-options.ts';
import { convertMessages } from './convert-messages.ts';
import { convertTools } from './convert-tools.ts';
import { StreamEventConverter } from './convert-stream-event.ts';
import { invocationParams, type InvocationParams } from './invocation-params.ts';
import { withJsonSchemaInstruction } from './json-schema-instruction.ts';
import { messageToAIMessage } from './message-to-ai-message.ts';
import { PACKAGE_NAME, PACKAGE_VERSION } from './package-version.ts';
import { resayilProfile } from './profile.ts';
import { structuredOutput, type StructuredOutputSchema } from './structured-output.ts';
import { wrapError } from './wrap-error.ts';

/** Shown instead of the key wherever the constructor's fields are kept. */
const SECRET_PLACEHOLDER = '[RESAYIL_API_KEY]';

/**
 * A LangChain chat model for LLM Resayil, built on `@resayil/core` (the gateway's Anthropic
 * Messages endpoint). It streams through `_streamResponseChunks`, binds tools, gives structured
 * output and works with `createAgent`.
 *
 * Retries belong to LangChain (`maxRetries`, default 6, and the per-call `maxRetries`): the core
 * client is created with retries off, and errors are stamped retryable or not.
 *
 * @example
 * ```ts
 * const model = new ChatResayil({ model: 'qwen3.5:397b' }); // RESAYIL_API_KEY from the environment
 * const reply = await model.invoke('What is the capital of Kuwait?');
 * ```
 */
export class ChatResayil extends BaseChatModel<ChatResayilCallOptions, AIMessageChunk> {
  /** The name LangChain serialises this class under. */
  static override lc_name(): string {
    return 'ChatResayil';
  }

  override lc_serializable = true;

  /** The key is serialised as a reference to `RESAYIL_API_KEY`, never as its value. */
  override get lc_secrets(): Record<string, string> {
    return { apiKey: 'RESAYIL_API_KEY' };
  }

  /** `modelName` is accepted as another name for `model`. */
  override get lc_aliases(): Record<string, string> {
    return { modelName: 'model' };
  }

  /** The model id. */
  model: string;
  /** The most tokens a reply may use. */
  maxTokens: number;
  /** Sampling temperature. */
  temperature: number | undefined;
  /** Nucleus sampling. */
  topP: number | undefined;
  /** Top-k sampling. */
  topK: number | undefined;
  /** Default stop sequences. */
  stopSequences: string[] | undefined;
  /** Whether `invoke()` streams internally. */
  streaming: boolean;
  /** Whether streamed chunks carry usage (a per-call `streamUsage` wins). */
  streamUsage: boolean;
  /** Extended thinking. */
  thinking: ThinkingConfig | undefined;
  /** The gateway's base URL, when set explicitly. */
  baseURL: string | undefined;

  readonly #fields: ChatResayilFields;
  #client: Resayil | undefined;
  #warnedAboutForcedChoice = false;

  constructor(fields: ChatResayilFields = {}) {
    super(fields);
    this.#fields = fields;
    if (fields.apiKey !== undefined) this.lc_kwargs = { ...this.lc_kwargs, apiKey: SECRET_PLACEHOLDER };
    this.model = fields.model ?? fields.modelName ?? DEFAULT_MODEL;
    this.maxTokens = fields.maxTokens ?? DEFAULT_MAX_TOKENS;
    this.temperature = fields.temperature;
    this.topP = fields.topP;
    this.topK = fields.topK;
    this.stopSequences = fields.stopSequences ?? fields.stop;
    this.streaming = fields.streaming ?? false;
    this.streamUsage = fields.streamUsage ?? true;
    this.thinking = fields.thinking;
    this.baseURL = fields.baseURL;
    this._addVersion(PACKAGE_NAME, PACKAGE_VERSION);
  }

  /** The model's type, for LangChain's serialisation and tracing: `resayil`. */
  _llmType(): string {
    return 'resayil';
  }

  /** Whether extended thinking is on. */
  get thinkingEnabled(): boolean {
    return this.thinking !== undefined && this.thinking.type !== 'disabled';
  }

  /** What agents may rely on for this model (see `resayilProfile`), with the `profile` option's overrides. */
  override get profile(): ModelProfile {
    return resayilProfile(this.model, this.#fields.profile);
  }

  /** The LangSmith parameters: exactly provider, model name, model type, temperature, max tokens and stop. */
  override getLsParams(options: this['ParsedCallOptions']): LangSmithParams {
    // Every key is present, also when its value is undefined: LangSmith expects the full set.
    return {
      ls_provider: 'resayil',
      ls_model_name: this.model,
      ls_model_type: 'chat',
      ls_temperature: this.temperature,
      ls_max_tokens: this.maxTokens,
      ls_stop: options.stop ?? this.stopSequences,
    } as LangSmithParams;
  }

  /** The request body without the conversation, as logged in traces (`invocation_params`). */
  override invocationParams(options?: this['ParsedCallOptions']): InvocationParams {
    return invocationParams(this.#settings(), options, () => this.#warnAboutForcedChoice());
  }

  /** Sums the token usage of several generations (a `generate()` over several prompts). */
  override _combineLLMOutput(
    ...outputs: Array<Record<string, unknown> | undefined>
  ): Record<string, unknown> {
    const tokenUsage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };
    for (const output of outputs) {
      const usage = output?.tokenUsage as Partial<typeof tokenUsage> | undefined;
      tokenUsage.promptTokens += usage?.promptTokens ?? 0;
      tokenUsage.completionTokens += usage?.completionTokens ?? 0;
      tokenUsage.totalTokens += usage?.totalTokens ?? 0;
    }
    return { tokenUsage };
  }

  /** The parameters that identify this model in cache keys: deterministic and free of secrets. */
  override _identifyingParams(): Record<string, unknown> {
    return { model_name: this.model, ...invocationParams(this.#settings()) };
  }

  /**
   * Binds tools in any form LangChain accepts (see `convertTools`), plus call options such as
   * `tool_choice` (`auto`, `any`, `required`, `none` or a tool's name).
   */
  override bindTools(
    tools: BindToolsInput[],
    kwargs?: Partial<ChatResayilCallOptions>,
  ): Runnable<BaseLanguageModelInput, AIMessageChunk, ChatResayilCallOptions> {
    return this.withConfig({ ...kwargs, tools: convertTools(tools) });
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the base class's signature
  override withStructuredOutput<RunOutput extends Record<string, any> = Record<string, any>>(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the base class's signature
    schema: InteropZodType<RunOutput> | SerializableSchema<RunOutput> | Record<string, any>,
    config?: StructuredOutputMethodOptions<false>,
  ): Runnable<BaseLanguageModelInput, RunOutput>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the base class's signature
  override withStructuredOutput<RunOutput extends Record<string, any> = Record<string, any>>(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the base class's signature
    schema: InteropZodType<RunOutput> | SerializableSchema<RunOutput> | Record<string, any>,
    config?: StructuredOutputMethodOptions<true>,
  ): Runnable<BaseLanguageModelInput, { raw: BaseMessage; parsed: RunOutput }>;
  /**
   * Output that follows a schema (zod, Standard or JSON schema), by a forced tool call
   * (`method: 'functionCalling'`, the default) or a JSON reply (`method: 'jsonSchema'`); see
   * `structuredOutput`.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the base class's signature
  override withStructuredOutput<RunOutput extends Record<string, any> = Record<string, any>>(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the base class's signature
    schema: InteropZodType<RunOutput> | SerializableSchema<RunOutput> | Record<string, any>,
    config?: StructuredOutputMethodOptions<boolean>,
  ):
    | Runnable<BaseLanguageModelInput, RunOutput>
    | Runnable<BaseLanguageModelInput, { raw: BaseMessage; parsed: RunOutput }> {
    return structuredOutput(this, schema as StructuredOutputSchema, config) as Runnable<
      BaseLanguageModelInput,
      RunOutput
    >;
  }

  /** One complete reply; streams internally when `streaming` is set. */
  async _generate(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): Promise<ChatResult> {
    const { signal } = options;
    if (signal?.aborted) throw wrapError(signal.reason, signal);
    const message = this.streaming
      ? await this.#collectStream(messages, options, runManager)
      : await this.#createMessage(messages, options);
    const usage = message.usage_metadata as UsageMetadata | undefined;
    return {
      generations: [{ text: message.text, message }],
      ...(usage
        ? {
            llmOutput: {
              tokenUsage: {
                promptTokens: usage.input_tokens,
                completionTokens: usage.output_tokens,
                totalTokens: usage.total_tokens,
              },
            },
          }
        : {}),
    };
  }

  /**
   * Streams the reply as chunks (see `StreamEventConverter` for their shape), reporting each one to
   * the callbacks with `handleLLMNewToken(token, …, { chunk })`. The signal is checked before the
   * request and after every chunk; an abort mid-stream throws `ModelAbortError` carrying what had
   * arrived.
   */
  override async *_streamResponseChunks(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const { signal } = options;
    if (signal?.aborted) throw wrapError(signal.reason, signal);
    const params = this.#requestParams(messages, options);
    const converter = new StreamEventConverter({
      textAsString: this.#textAsString(params),
      streamUsage: options.streamUsage ?? this.streamUsage,
    });
    const { events, first } = await this.#call(options, async () => {
      // A malformed tool input must not end the stream: its fragments land in `invalid_tool_calls`.
      const stream = this.#getClient().messages.stream(params, {
        signal,
        invalidToolInput: 'report',
        ...this.#spending(options),
      });
      const events = stream[Symbol.asyncIterator]();
      return { events, first: await events.next() };
    });
    let partial: ChatGenerationChunk | undefined;
    try {
      for (let next = first; !next.done; next = await events.next()) {
        const chunk = converter.convert(next.value);
        if (chunk) {
          partial = partial ? partial.concat(chunk) : chunk;
          yield chunk;
          await runManager?.handleLLMNewToken(chunk.text, undefined, undefined, undefined, undefined, {
            chunk,
          });
        }
        signal?.throwIfAborted();
      }
    } catch (error) {
      throw wrapError(error, signal, partial?.message as AIMessageChunk | undefined);
    } finally {
      await events.return(undefined);
    }
  }

  async #createMessage(messages: BaseMessage[], options: this['ParsedCallOptions']): Promise<AIMessage> {
    const params = this.#requestParams(messages, options);
    const reply = await this.#call(options, () =>
      this.#getClient().messages.create(params, { signal: options.signal, ...this.#spending(options) }),
    );
    return messageToAIMessage(reply, { textAsString: this.#textAsString(params) });
  }

  async #collectStream(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): Promise<AIMessage> {
    let final: ChatGenerationChunk | undefined;
    for await (const chunk of this._streamResponseChunks(messages, options, runManager)) {
      final = final ? final.concat(chunk) : chunk;
    }
    if (!final) throw new TruncatedStreamError({ message: 'The stream ended before the reply started.' });
    const chunk = final.message as AIMessageChunk;
    return new AIMessage({
      content: chunk.content,
      additional_kwargs: chunk.additional_kwargs,
      response_metadata: chunk.response_metadata,
      tool_calls: chunk.tool_calls ?? [],
      invalid_tool_calls: chunk.invalid_tool_calls ?? [],
      ...(chunk.usage_metadata ? { usage_metadata: chunk.usage_metadata } : {}),
      ...(chunk.id ? { id: chunk.id } : {}),
    } as ConstructorParameters<typeof AIMessage>[0]);
  }

  /** Runs one attempt through LangChain's caller (retries, concurrency, abort), with errors in LangChain's terms. */
  #call<T>(options: this['ParsedCallOptions'], attempt: () => Promise<T>): Promise<T> {
    const { signal, maxRetries } = options;
    const callOptions = {
      ...(signal ? { signal } : {}),
      ...(maxRetries !== undefined ? { maxRetries } : {}),
    };
    const wrapped = async (): Promise<T> => {
      try {
        return await attempt();
      } catch (error) {
        throw wrapError(error, signal);
      }
    };
    return this.caller.callWithOptions(callOptions, wrapped).catch((error: unknown) => {
      throw wrapError(error, signal);
    });
  }

  #requestParams(messages: BaseMessage[], options: this['ParsedCallOptions']): MessageCreateParams {
    const conversation = convertMessages(messages);
    const system = withJsonSchemaInstruction(conversation.system, options.responseSchema);
    const cacheControl = options.cache_control;
    return {
      ...this.invocationParams(options),
      messages: cacheControl
        ? markCacheBreakpoint(conversation.messages, cacheControl)
        : conversation.messages,
      ...(system === undefined ? {} : { system }),
    };
  }

  #warnAboutForcedChoice(): void {
    if (this.#warnedAboutForcedChoice) return;
    this.#warnedAboutForcedChoice = true;
    console.warn(
      'ChatResayil: thinking is on, so a forced tool_choice is sent as "auto" (the Messages API rejects forced tool use with thinking). The model may answer without calling a tool.',
    );
  }

  /** Plain-string text unless tools or thinking make the reply a list of blocks. */
  #textAsString(params: MessageCreateParams): boolean {
    return (params.tools?.length ?? 0) === 0 && !this.thinkingEnabled;
  }

  #settings() {
    return {
      model: this.model,
      maxTokens: this.maxTokens,
      temperature: this.temperature,
      topP: this.topP,
      topK: this.topK,
      stopSequences: this.stopSequences,
      thinking: this.thinking,
    };
  }

  /** The spending limits of one call: the call's `maxCostUsd`, else the constructor's. */
  #spending(options: this['ParsedCallOptions']): { maxCostUsd?: number; strict?: boolean } {
    const maxCostUsd = options.maxCostUsd ?? this.#fields.maxCostUsd;
    return {
      ...(maxCostUsd === undefined ? {} : { maxCostUsd }),
      ...(this.#fields.strictCost === undefined ? {} : { strict: this.#fields.strictCost }),
    };
  }

  #getClient(): Resayil {
    this.#client ??= new Resayil({
      budget: this.#fields.budget,
      prices: this.#fields.prices,
      apiKey: this.#fields.apiKey,
      baseURL: this.baseURL,
      timeout: this.#fields.timeout,
      idleTimeout: this.#fields.idleTimeout,
      totalTimeout: this.#fields.totalTimeout,
      defaultHeaders: this.#fields.defaultHeaders,
      maxRetries: 0,
    });
    return this.#client;
  }
}
