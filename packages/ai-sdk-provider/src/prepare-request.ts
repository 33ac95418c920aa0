import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import { parseProviderOptions } from '@ai-sdk/provider-utils';
import { DEFAULT_MAX_TOKENS, type MessageCreateParams, type Tool } from '@resayil/core';
import { convertPrompt } from './convert-prompt.ts';
import { prepareTools } from './prepare-tools.ts';
import { PROVIDER_OPTIONS_KEY } from './provider-options-key.ts';
import { resayilCallOptionsSchema } from './resayil-provider-options.ts';

/** The name of the tool that carries structured output (`responseFormat: { type: 'json', schema }`). */
export const RESPONSE_TOOL_NAME = 'json';

/** The gateway endpoint a call goes to. */
export type ResayilRoute = 'messages' | 'chat-completions';

/** A call, ready for core's client. */
export interface PreparedRequest {
  /** The request in the Messages shape (core converts it for the chat completions route). */
  params: MessageCreateParams;
  route: ResayilRoute;
  /** Set when structured output travels as a forced call of this tool. */
  responseToolName: string | undefined;
  warnings: SharedV4Warning[];
  /** The spending guard's limits for this call (`providerOptions.resayil.maxCostUsd`, `strict`). */
  spending: { maxCostUsd?: number | undefined; strict?: boolean | undefined };
}

/**
 * Maps the AI SDK's call options to a request: the prompt (`convertPrompt`), settings, tools and
 * tool choice (`prepareTools`), structured output as a forced `json` tool whose input is the
 * object, and `providerOptions.resayil` (route, thinking). Settings the gateway has no field for
 * (`seed`, penalties, `topK` on the chat completions route, …) are left out with a warning in
 * `stream-start` / `warnings`.
 */
export async function prepareRequest(
  modelId: string,
  options: LanguageModelV4CallOptions,
): Promise<PreparedRequest> {
  const resayil = await parseProviderOptions({
    provider: PROVIDER_OPTIONS_KEY,
    providerOptions: options.providerOptions,
    schema: resayilCallOptionsSchema,
  });
  const route: ResayilRoute = resayil?.route ?? 'messages';
  const warnings: SharedV4Warning[] = [];
  const unsupported = (feature: string, details?: string): void => {
    warnings.push({ type: 'unsupported', feature, ...(details === undefined ? {} : { details }) });
  };
  if (options.seed !== undefined) unsupported('seed');
  if (options.presencePenalty !== undefined) unsupported('presencePenalty');
  if (options.frequencyPenalty !== undefined) unsupported('frequencyPenalty');
  if (options.topK !== undefined && route === 'chat-completions') {
    unsupported('topK', 'The chat completions route has no top_k.');
  }
  if (options.reasoning !== undefined && options.reasoning !== 'provider-default') {
    unsupported(
      'reasoning',
      'Set providerOptions.resayil.thinking: { type: "enabled", budgetTokens } instead.',
    );
  }

  const thinking = resayil?.thinking;
  if (thinking && route === 'chat-completions') {
    unsupported(
      'providerOptions.resayil.thinking',
      'The chat completions route has no thinking; use the messages route.',
    );
  }
  let responseTool: Tool | undefined;
  if (options.responseFormat?.type === 'json') {
    if (options.responseFormat.schema === undefined) {
      unsupported('responseFormat', 'JSON output needs a schema; without one the reply is plain text.');
    } else {
      responseTool = {
        name: RESPONSE_TOOL_NAME,
        description:
          options.responseFormat.description ?? 'Respond with a JSON object that follows the schema.',
        input_schema: { ...options.responseFormat.schema, type: 'object' } as Tool['input_schema'],
      };
    }
  }

  const prompt = await convertPrompt(options.prompt);
  const tools = prepareTools(options, responseTool);
  warnings.push(...prompt.warnings, ...tools.warnings);
  const budget = thinking?.type === 'enabled' && route === 'messages' ? thinking.budgetTokens : 0;
  const params: MessageCreateParams = {
    model: modelId,
    max_tokens: (options.maxOutputTokens ?? DEFAULT_MAX_TOKENS) + budget,
    messages: prompt.messages,
    ...(prompt.system === undefined ? {} : { system: prompt.system }),
    ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
    ...(options.topP === undefined ? {} : { top_p: options.topP }),
    ...(options.topK === undefined || route !== 'messages' ? {} : { top_k: options.topK }),
    ...(options.stopSequences?.length ? { stop_sequences: options.stopSequences } : {}),
    ...(tools.tools === undefined ? {} : { tools: tools.tools }),
    ...(tools.toolChoice === undefined ? {} : { tool_choice: tools.toolChoice }),
    ...(thinking && route === 'messages'
      ? {
          thinking:
            thinking.type === 'enabled'
              ? { type: 'enabled' as const, budget_tokens: thinking.budgetTokens }
              : { type: 'disabled' as const },
        }
      : {}),
  };
  const spending = { maxCostUsd: resayil?.maxCostUsd, strict: resayil?.strict };
  return { params, route, responseToolName: responseTool?.name, warnings, spending };
}
