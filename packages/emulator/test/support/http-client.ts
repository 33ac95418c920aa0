/** Test helpers: JSON requests to an emulator over real HTTP (global fetch, never mocked). */

/** Headers every helper request sends unless overridden. */
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/** POSTs a JSON body (or a raw string) and returns the response. */
export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  init: RequestInit = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { ...JSON_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}

/** POSTs and parses the JSON answer. */
export async function postForJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; json: unknown }> {
  const res = await postJson(url, body, headers);
  return { status: res.status, headers: res.headers, json: await res.json() };
}

/** A minimal valid Messages request. */
export function messagesBody(content: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: 'qwen3.5:397b', max_tokens: 200, messages: [{ role: 'user', content }], ...extra };
}

/** A minimal valid chat-completions request. */
export function chatBody(content: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: 'qwen3.5:397b', messages: [{ role: 'user', content }], ...extra };
}
