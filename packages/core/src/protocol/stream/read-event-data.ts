import { StreamParseError } from '../errors/stream-parse-error.ts';
import { sanitizeSnippet } from '../errors/sanitize-snippet.ts';
import { isRecord } from '../json/is-record.ts';
import type { SSEMessage } from '../sse/create-sse-decoder.ts';

/** What an SSE message's data holds: nothing, the `[DONE]` sentinel, or a JSON object. */
export type EventData =
  { kind: 'empty' } | { kind: 'done' } | { kind: 'json'; value: Record<string, unknown> };

/**
 * Reads the data of one SSE message. Empty data (a keep-alive) and `[DONE]` are recognized; any
 * other data must be a JSON object, else {@link StreamParseError}. Internal.
 */
export function readEventData(message: SSEMessage, secrets: readonly string[] = []): EventData {
  const data = message.data.trim();
  if (data === '') return { kind: 'empty' };
  if (data === '[DONE]') return { kind: 'done' };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    throw new StreamParseError({ dataSnippet: sanitizeSnippet(data, secrets), secrets });
  }
  if (!isRecord(value)) {
    throw new StreamParseError({
      dataSnippet: sanitizeSnippet(data, secrets),
      problem: 'JSON but not an event object',
      secrets,
    });
  }
  return { kind: 'json', value };
}
