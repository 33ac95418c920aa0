import type { MessageContent } from '@langchain/core/messages';
import type { ContentBlockParam, ImageBlockParam, TextBlockParam } from '@resayil/core';
import { convertMediaBlock } from './convert-media-block.ts';
import { isRecord } from '@resayil/core';
import { UnsupportedContentError } from './unsupported-content-error.ts';

/**
 * Converts the content of a human message (or a tool result) to the gateway's blocks: text
 * (blank text is dropped: the gateway rejects it), images, text files and PDFs in every LangChain
 * form (see `convertMediaBlock`), and Anthropic `tool_result` / `tool_use` blocks passed through.
 * Throws `UnsupportedContentError` for a block it cannot send, naming where it is (`at`).
 */
export function convertUserContent(content: MessageContent, at: string): ContentBlockParam[] {
  if (typeof content === 'string') return textBlocks(content);
  const blocks: ContentBlockParam[] = [];
  content.forEach((raw, i) => {
    const where = `${at}[${i}]`;
    if (typeof raw === 'string') {
      blocks.push(...textBlocks(raw));
      return;
    }
    const block = raw as unknown as Record<string, unknown>;
    if (block.type === 'text' || block.type === 'text-plain') {
      if (typeof block.text === 'string' && block.text.trim() !== '')
        blocks.push(textBlock(block.text, block));
      return;
    }
    const media = convertMediaBlock(block, where);
    if (media) {
      // A PDF document block is not among core's wire types; the gateway receives it as Anthropic's.
      blocks.push(media as ContentBlockParam);
      return;
    }
    if (block.type === 'tool_result' || block.type === 'tool_use') {
      const { index: _index, ...rest } = block;
      blocks.push(rest as unknown as ContentBlockParam);
      return;
    }
    throw new UnsupportedContentError(
      where,
      `has type "${String(block.type)}", which ChatResayil cannot send`,
      'Send text, images (base64 or URL) or text files.',
    );
  });
  return blocks;
}

/** The content of a tool result: a string, or text and image blocks (other blocks are left out). */
export function convertToolResultContent(
  content: MessageContent,
  at: string,
): string | Array<TextBlockParam | ImageBlockParam> {
  if (typeof content === 'string') return content;
  return convertUserContent(content, at).filter(
    (block): block is TextBlockParam | ImageBlockParam => block.type === 'text' || block.type === 'image',
  );
}

function textBlocks(text: string): TextBlockParam[] {
  return text.trim() === '' ? [] : [{ type: 'text', text }];
}

function textBlock(text: string, source: Record<string, unknown>): TextBlockParam {
  return isRecord(source.cache_control)
    ? { type: 'text', text, cache_control: source.cache_control as { type: 'ephemeral' } }
    : { type: 'text', text };
}
