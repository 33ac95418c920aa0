import type { ChatStreamErrorInfo } from '@resayil/core/web';

/**
 * The error `useChat` reports, read back into what the route put in it (`toErrorText`). A message
 * that is not that JSON (a network failure in the browser, say) is kept as it is.
 */
export function parseErrorText(message: string): ChatStreamErrorInfo {
  try {
    const info = JSON.parse(message) as Partial<ChatStreamErrorInfo>;
    if (typeof info.name === 'string' && typeof info.message === 'string') {
      return { retryable: false, ...info } as ChatStreamErrorInfo;
    }
  } catch {
    // not the route's JSON
  }
  return { name: 'Error', message, retryable: false };
}
