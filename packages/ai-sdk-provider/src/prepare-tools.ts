import type { LanguageModelV4CallOptions, SharedV4Warning } from '@ai-sdk/provider';
import type { Tool, ToolChoice } from '@resayil/core';

/** The tool fields of a Messages request. */
export interface PreparedTools {
  tools: Tool[] | undefined;
  toolChoice: ToolChoice | undefined;
  warnings: SharedV4Warning[];
}

/**
 * The call's tools and tool choice in the Messages shape: function tools as `tools` (their JSON
 * schema as `input_schema`), tool choice `auto`, `none`, `required` (sent as `any`) or a named
 * tool. Provider-defined tools of other providers are left out with a warning. `responseTool`, the
 * tool that carries structured output, is added and forced when no other tool is offered.
 */
export function prepareTools(
  options: Pick<LanguageModelV4CallOptions, 'tools' | 'toolChoice'>,
  responseTool?: Tool,
): PreparedTools {
  const warnings: SharedV4Warning[] = [];
  const tools: Tool[] = [];
  for (const tool of options.tools ?? []) {
    if (tool.type !== 'function') {
      warnings.push({ type: 'unsupported', feature: `provider-defined tool ${tool.id}` });
      continue;
    }
    tools.push({
      name: tool.name,
      ...(tool.description === undefined ? {} : { description: tool.description }),
      input_schema: { ...tool.inputSchema, type: 'object' },
    });
  }
  if (responseTool) {
    const forced: ToolChoice =
      tools.length === 0 ? { type: 'tool', name: responseTool.name } : { type: 'any' };
    return { tools: [...tools, responseTool], toolChoice: forced, warnings };
  }
  if (tools.length === 0) return { tools: undefined, toolChoice: undefined, warnings };
  return { tools, toolChoice: convertToolChoice(options.toolChoice), warnings };
}

function convertToolChoice(choice: LanguageModelV4CallOptions['toolChoice']): ToolChoice | undefined {
  switch (choice?.type) {
    case undefined:
      return undefined;
    case 'auto':
      return { type: 'auto' };
    case 'none':
      return { type: 'none' };
    case 'required':
      return { type: 'any' };
    case 'tool':
      return { type: 'tool', name: choice.toolName };
  }
}
