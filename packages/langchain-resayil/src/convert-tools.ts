import type { BindToolsInput } from '@langchain/core/language_models/chat_models';
import { convertToOpenAITool, isLangChainTool } from '@langchain/core/utils/function_calling';
import { InvalidRequestError, type JsonSchema, type Tool } from '@resayil/core';
import { isRecord } from '@resayil/core';

/**
 * Turns every form LangChain accepts in `bindTools` into the gateway's tool format
 * (`{ name, description, input_schema }`):
 *
 * - LangChain tools: `StructuredTool`, `tool()`, `RunnableLambda.asTool()`, and `{ name, description, schema }`
 *   with a zod, Standard or JSON schema;
 * - OpenAI function tools: `{ type: 'function', function: { name, description, parameters } }`;
 * - Anthropic tools: `{ name, description?, input_schema }`, passed through.
 *
 * Anthropic's per-tool extras `cache_control` and `eager_input_streaming` (fine-grained streaming of
 * the tool's input) are kept, from an Anthropic tool or from a LangChain tool's `extras`.
 *
 * Throws `InvalidRequestError` for anything else, naming the position of the tool.
 */
export function convertTools(tools: readonly BindToolsInput[]): Tool[] {
  return tools.map((tool, index) => convertTool(tool, index));
}

function convertTool(tool: BindToolsInput, index: number): Tool {
  if (isAnthropicTool(tool)) {
    return { ...anthropicTool(tool.name, tool.description, tool.input_schema), ...toolExtras(tool) };
  }
  if (isLangChainTool(tool)) {
    const { function: fn } = convertToOpenAITool(tool);
    const extras = isRecord((tool as { extras?: unknown }).extras)
      ? (tool as { extras: Record<string, unknown> }).extras
      : {};
    return { ...anthropicTool(fn.name, fn.description, fn.parameters), ...toolExtras(extras) };
  }
  if (isOpenAIFunctionTool(tool)) {
    return anthropicTool(tool.function.name, tool.function.description, tool.function.parameters);
  }
  throw new InvalidRequestError(
    `tools[${index}]`,
    'is not a tool ChatResayil recognises',
    'Pass a LangChain tool (tool(), StructuredTool, asTool(), { name, description, schema }), an OpenAI function tool ({ type: "function", function: { name, parameters } }) or an Anthropic tool ({ name, input_schema }).',
  );
}

function anthropicTool(name: string, description: unknown, schema: unknown): Tool {
  const input_schema = objectSchema(schema);
  return typeof description === 'string' && description !== ''
    ? { name, description, input_schema }
    : { name, input_schema };
}

/** The Anthropic tool extras that are kept. */
function toolExtras(source: Record<string, unknown>): Partial<Tool> & { eager_input_streaming?: boolean } {
  const extras: Partial<Tool> & { eager_input_streaming?: boolean } = {};
  if (isRecord(source.cache_control)) extras.cache_control = source.cache_control as { type: 'ephemeral' };
  if (typeof source.eager_input_streaming === 'boolean')
    extras.eager_input_streaming = source.eager_input_streaming;
  return extras;
}

/** The gateway wants an object schema at the root; a tool without parameters gets an empty one. */
function objectSchema(schema: unknown): JsonSchema & { type: 'object' } {
  const record = isRecord(schema) ? schema : {};
  const { $schema: _dialect, ...rest } = record;
  return { ...rest, type: 'object', properties: isRecord(rest.properties) ? rest.properties : {} };
}

function isAnthropicTool(
  tool: unknown,
): tool is { name: string; description?: unknown; input_schema: Record<string, unknown> } {
  return isRecord(tool) && typeof tool.name === 'string' && isRecord(tool.input_schema);
}

function isOpenAIFunctionTool(
  tool: unknown,
): tool is { type: 'function'; function: { name: string; description?: unknown; parameters?: unknown } } {
  return (
    isRecord(tool) &&
    tool.type === 'function' &&
    isRecord(tool.function) &&
    typeof tool.function.name === 'string'
  );
}
