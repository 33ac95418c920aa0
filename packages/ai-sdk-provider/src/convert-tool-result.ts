import { UnsupportedFunctionalityError, type LanguageModelV4ToolResultPart } from '@ai-sdk/provider';
import type { ImageBlockParam, TextBlockParam, ToolResultBlockParam } from '@resayil/core';
import { convertFilePart } from './convert-file-part.ts';

/**
 * A tool result of the prompt as a `tool_result` block: text as is, JSON as its JSON text, errors
 * (and a denied execution) with `is_error`, and content lists as text and image blocks (other
 * files throw `UnsupportedFunctionalityError`: nothing is dropped silently).
 */
export function convertToolResult(part: LanguageModelV4ToolResultPart): ToolResultBlockParam {
  const block = (
    content: NonNullable<ToolResultBlockParam['content']>,
    isError = false,
  ): ToolResultBlockParam => ({
    type: 'tool_result',
    tool_use_id: part.toolCallId,
    content,
    ...(isError ? { is_error: true } : {}),
  });
  const output = part.output;
  switch (output.type) {
    case 'text':
      return block(output.value);
    case 'json':
      return block(JSON.stringify(output.value));
    case 'error-text':
      return block(output.value, true);
    case 'error-json':
      return block(JSON.stringify(output.value), true);
    case 'execution-denied':
      return block(output.reason ?? 'The user denied running this tool.', true);
    case 'content':
      return block(
        output.value.flatMap((item): Array<TextBlockParam | ImageBlockParam> => {
          if (item.type === 'text') return [{ type: 'text', text: item.text }];
          if (item.type !== 'file') return [];
          const converted = convertFilePart({ type: 'file', data: item.data, mediaType: item.mediaType });
          if (converted.type === 'image') return [converted];
          throw new UnsupportedFunctionalityError({
            functionality: `a ${item.mediaType} file in a tool result`,
            message: `A tool result can carry text and images, not ${item.mediaType}. Return its text, or send the file in a user message.`,
          });
        }),
      );
  }
}
