/**
 * Whether a response's `Content-Type` is JSON (`application/json`, `application/problem+json`…).
 * A streamed request answered with JSON is a whole reply, not a stream: some gateways ignore
 * `stream: true`. Pass it to the accumulator's `pushReply()`.
 */
export function isJsonContentType(contentType: string | null | undefined): boolean {
  return /^application\/(?:[\w.-]+\+)?json\b/i.test((contentType ?? '').trim());
}
