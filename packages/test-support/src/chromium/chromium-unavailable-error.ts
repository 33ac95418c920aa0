/** No Chromium can run here; the message names the fix. Browser tests fail with it, never skip. */
export class ChromiumUnavailableError extends Error {
  override readonly name = 'ChromiumUnavailableError';
}
