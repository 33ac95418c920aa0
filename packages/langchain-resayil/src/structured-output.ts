import type {
  BaseLanguageModelInput,
  StructuredOutputMethodOptions,
} from '@langchain/core/language_models/base';
import {
  assembleStructuredOutputPipeline,
  createContentParser,
  createFunctionCallingParser,
} from '@langchain/core/language_models/structured_output';
import type { AIMessageChunk, BaseMessage } from '@langchain/core/messages';
import { OutputParserException } from '@langchain/core/output_parsers';
import { RunnableLambda, type Runnable } from '@langchain/core/runnables';
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import { InvalidRequestError, type Tool } from '@resayil/core';
import type { ChatResayilCallOptions } from './chat-resayil-options.ts';
import { isRecord } from '@resayil/core';

/** What `structuredOutput` needs of the model. */
export interface StructuredOutputModel {
  withConfig(config: Partial<ChatResayilCallOptions>): Runnable<BaseLanguageModelInput, AIMessageChunk>;
  /** Whether extended thinking is on (the gateway cannot force a tool call then). */
  readonly thinkingEnabled: boolean;
}

/** A schema `withStructuredOutput` accepts: zod (3 or 4), a Standard schema, or a JSON schema. */
export type StructuredOutputSchema = Parameters<typeof createFunctionCallingParser>[0];

/**
 * `withStructuredOutput` for ChatResayil.
 *
 * - `functionCalling` (the default): the schema becomes one tool (named `config.name`, default
 *   `extract`) that the model is forced to call; its arguments are parsed, and validated when the
 *   schema is zod or Standard. With thinking on, forcing is not possible, so the call is not
 *   forced and a reply without the tool call fails loudly instead of returning nothing.
 * - `jsonSchema` (and `jsonMode`, its alias here): the gateway has no native JSON-schema format, so
 *   the schema is sent as a system instruction and the reply's text is parsed as JSON.
 *
 * Runs are tagged with `ls_structured_output_format` (the method and the JSON schema) for tracing.
 * `includeRaw` returns `{ raw, parsed }` (with `parsed: null` when parsing fails). `strict` is
 * accepted and has no effect: the gateway has no strict mode.
 */
export function structuredOutput(
  model: StructuredOutputModel,
  schema: StructuredOutputSchema,
  config: StructuredOutputMethodOptions<boolean> = {},
):
  | Runnable<BaseLanguageModelInput, Record<string, unknown>>
  | Runnable<BaseLanguageModelInput, { raw: BaseMessage; parsed: Record<string, unknown> }> {
  const method = config.method ?? 'functionCalling';
  const includeRaw = config.includeRaw === true;
  const runName = includeRaw ? 'StructuredOutputRunnable' : 'ChatResayilStructuredOutput';
  if (method === 'jsonSchema' || method === 'jsonMode') {
    const jsonSchema = toJsonSchema(schema) as Record<string, unknown>;
    const llm = model.withConfig({
      responseSchema: jsonSchema,
      ls_structured_output_format: { kwargs: { method: 'jsonSchema' }, schema: jsonSchema },
    });
    return assembleStructuredOutputPipeline(llm, createContentParser(schema), includeRaw, runName);
  }
  if (method !== 'functionCalling') {
    throw new InvalidRequestError(
      'method',
      `is "${method}", which ChatResayil does not support`,
      'Use "functionCalling" (the default) or "jsonSchema".',
    );
  }
  const tool = schemaTool(schema, config.name ?? 'extract');
  const tracing = { kwargs: { method: 'functionCalling' }, schema: toJsonSchema(schema) };
  let llm: Runnable<BaseLanguageModelInput, AIMessageChunk> = model.withConfig({
    tools: [tool],
    ...(model.thinkingEnabled ? {} : { tool_choice: tool.name }),
    ls_structured_output_format: tracing,
  });
  if (model.thinkingEnabled) llm = llm.pipe(RunnableLambda.from(requireToolCall));
  const parser = createFunctionCallingParser(schema, tool.name);
  return assembleStructuredOutputPipeline(llm, parser, includeRaw, runName);
}

function schemaTool(schema: StructuredOutputSchema, name: string): Tool {
  if (isRecord(schema) && typeof schema.name === 'string' && isRecord(schema.input_schema)) {
    return schema as unknown as Tool;
  }
  const jsonSchema = toJsonSchema(schema) as Record<string, unknown>;
  const description =
    typeof jsonSchema.description === 'string'
      ? jsonSchema.description
      : 'Gives the answer in a structured form.';
  return { name, description, input_schema: { ...jsonSchema, type: 'object' } };
}

function requireToolCall(message: AIMessageChunk): AIMessageChunk {
  if (!message.tool_calls || message.tool_calls.length === 0) {
    throw new OutputParserException(
      'The model answered without calling the structured-output tool: with thinking on, the call cannot be forced. Turn thinking off for structured output, or use method: "jsonSchema".',
      message.text,
    );
  }
  return message;
}
