import { isRecord } from '../json/is-record.ts';

/**
 * The input capabilities a request needs: `images` for `image` blocks (also inside tool results)
 * and OpenAI `image_url` parts, `documents` for `document` blocks and OpenAI `file` parts. Works
 * on the params of both endpoints.
 */
export function requiredCapabilities(params: { messages?: unknown }): Array<'images' | 'documents'> {
  const needed = new Set<'images' | 'documents'>();
  const visit = (block: unknown): void => {
    if (!isRecord(block)) return;
    if (block.type === 'image' || block.type === 'image_url') needed.add('images');
    else if (block.type === 'document' || block.type === 'file') needed.add('documents');
    else if (block.type === 'tool_result' && Array.isArray(block.content)) block.content.forEach(visit);
  };
  if (Array.isArray(params.messages)) {
    for (const message of params.messages) {
      if (isRecord(message) && Array.isArray(message.content)) message.content.forEach(visit);
    }
  }
  return [...needed];
}
