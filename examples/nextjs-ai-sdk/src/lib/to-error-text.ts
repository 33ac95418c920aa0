import { APICallError } from '@ai-sdk/provider';
import { toChatStreamError } from '@resayil/core';
import { RetryError } from 'ai';

/**
 * What the browser is told about a failed answer: core's typed error (the `cause` the provider
 * puts on every `APICallError`, also after the AI SDK's retries) as JSON, with its name, its
 * message (which says what to do, and never holds the key) and hints such as the top-up link.
 * Anything that is not core's error is reported without details.
 */
export function toErrorText(error: unknown): string {
  const last = RetryError.isInstance(error) ? error.lastError : error;
  const cause = APICallError.isInstance(last) ? last.cause : last;
  return JSON.stringify(toChatStreamError(cause));
}
