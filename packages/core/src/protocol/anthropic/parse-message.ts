import { sanitizeSnippet } from '../errors/sanitize-snippet.ts';
import { UnexpectedResponseError } from '../errors/unexpected-response-error.ts';
import { isRecord } from '../json/is-record.ts';
import { parseJsonBody } from '../json/parse-json-body.ts';
import { TOOL_BLOCK_TYPES } from '../message/tool-block-types.ts';
import { toolUseId } from '../message/tool-use-id.ts';
import { parseToolInput } from '../stream/parse-tool-input.ts';
import type { ContentBlock, Message } from '../wire/anthropic.ts';

/**
 * Parses the body of a non-streamed `POST /v1/messages` response. Validates the shape minimally
 * (an object with a `content` array) and fills what lenient gateways omit (`type`, `role`,
 * `stop_reason`, `stop_sequence`, `usage`). A tool input sent as a JSON string is parsed.
 *
 * Throws `UnexpectedResponseError` for HTML, non-JSON, or JSON that is not a message (including an
 * error body sent with a 2xx status).
 */
export function parseMessage(bodyText: string): Message {
  const body = parseJsonBody<unknown>(bodyText, null);
  if (!isRecord(body) || !Array.isArray(body.content)) {
    throw new UnexpectedResponseError({
      contentType: 'application/json',
      bodySnippet: sanitizeSnippet(bodyText),
      problem:
        isRecord(body) && body.type === 'error'
          ? 'an error body with a success status'
          : 'JSON that is not a message',
    });
  }
  const id = typeof body.id === 'string' ? body.id : '';
  return {
    ...body,
    id,
    type: 'message',
    role: 'assistant',
    model: typeof body.model === 'string' ? body.model : '',
    content: body.content.filter(isRecord).map((block, index) => normalizeBlock(block, id, index)),
    stop_reason: typeof body.stop_reason === 'string' ? body.stop_reason : null,
    stop_sequence: typeof body.stop_sequence === 'string' ? body.stop_sequence : null,
    usage: isRecord(body.usage) ? body.usage : {},
  };
}

/** Tool calls get an id if they came without one, and their input parsed if it came as a string. */
function normalizeBlock(block: Record<string, unknown>, messageId: string, index: number): ContentBlock {
  if (typeof block.type !== 'string' || !TOOL_BLOCK_TYPES.has(block.type))
    return block as unknown as ContentBlock;
  const id = toolUseId(block.id, messageId, index);
  const name = typeof block.name === 'string' ? block.name : '';
  const input = typeof block.input === 'string' ? parseToolInput(block.input, { id, name }) : block.input;
  return { ...block, id, name, input } as unknown as ContentBlock;
}
