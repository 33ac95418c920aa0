import { StreamEventError } from '../errors/stream-event-error.ts';
import { isRecord } from '../json/is-record.ts';

/**
 * Builds the error for a mid-stream error payload: Anthropic's `{"type":"error","error":{"type","message"}}`
 * or the OpenAI-style `{"error":{"message","type","code"}}`. Internal.
 */
export function toStreamEventError(
  value: Record<string, unknown>,
  secrets: readonly string[] = [],
): StreamEventError {
  const error = isRecord(value.error) ? value.error : {};
  const errorType =
    typeof error.type === 'string' && error.type !== ''
      ? error.type
      : typeof error.code === 'string' || typeof error.code === 'number'
        ? String(error.code)
        : 'error';
  const message = typeof error.message === 'string' ? error.message.slice(0, 300) : undefined;
  const requestId = typeof value.request_id === 'string' ? value.request_id : undefined;
  return new StreamEventError({ errorType, serverMessage: message, requestId, secrets });
}
