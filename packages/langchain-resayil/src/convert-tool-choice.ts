import type { ToolChoice as LangChainToolChoice } from '@langchain/core/language_models/chat_models';
import { InvalidRequestError, type Tool, type ToolChoice } from '@resayil/core';
import { isRecord } from '@resayil/core';

/**
 * Maps LangChain's `tool_choice` to the gateway's:
 *
 * - `'auto'` → `{ type: 'auto' }`; `'any'` and `'required'` → `{ type: 'any' }`; `'none'` → `{ type: 'none' }`;
 * - any other string → `{ type: 'tool', name }` (it must name a bound tool);
 * - `{ type: 'function', function: { name } }` (OpenAI) → `{ type: 'tool', name }`;
 * - an Anthropic choice object (`auto`, `any`, `tool`, `none`) is passed through.
 *
 * Returns `undefined` when there is nothing to send: no choice, or no tools bound (a choice
 * without tools means nothing to the gateway).
 */
export function convertToolChoice(
  choice: LangChainToolChoice | undefined,
  tools: readonly Tool[],
): ToolChoice | undefined {
  if (choice === undefined || choice === null || tools.length === 0) return undefined;
  if (typeof choice === 'string') {
    switch (choice) {
      case 'auto':
        return { type: 'auto' };
      case 'any':
      case 'required':
        return { type: 'any' };
      case 'none':
        return { type: 'none' };
      default:
        return namedChoice(choice, tools);
    }
  }
  if (isRecord(choice)) {
    if (choice.type === 'function' && isRecord(choice.function) && typeof choice.function.name === 'string') {
      return namedChoice(choice.function.name, tools);
    }
    if (choice.type === 'tool' && typeof choice.name === 'string') {
      return { ...namedChoice(choice.name, tools), ...parallelFlag(choice) };
    }
    if (choice.type === 'auto' || choice.type === 'any')
      return { type: choice.type, ...parallelFlag(choice) };
    if (choice.type === 'none') return { type: 'none' };
  }
  throw new InvalidRequestError(
    'tool_choice',
    `is ${JSON.stringify(choice)}, which ChatResayil does not understand`,
    'Use "auto", "any", "required", "none", or the name of a bound tool.',
  );
}

function namedChoice(name: string, tools: readonly Tool[]): ToolChoice {
  if (!tools.some((tool) => tool.name === name)) {
    throw new InvalidRequestError(
      'tool_choice',
      `names the tool "${name}", which is not bound`,
      `Bind it with bindTools(), or choose one of: ${tools.map((tool) => `"${tool.name}"`).join(', ')}.`,
    );
  }
  return { type: 'tool', name };
}

function parallelFlag(choice: Record<string, unknown>): { disable_parallel_tool_use?: boolean } {
  return typeof choice.disable_parallel_tool_use === 'boolean'
    ? { disable_parallel_tool_use: choice.disable_parallel_tool_use }
    : {};
}
