import type { BodyResponse } from '../http/outgoing.ts';

/**
 * An HTML page where the API was expected (a proxy's error page, a login page), optionally with a
 * line that echoes the key the request presented.
 */
export function htmlPage(status: number, echoed: string | undefined): BodyResponse {
  const echo = echoed === undefined ? '' : `\n<p>Signed in with key ${echoed}</p>`;
  return {
    kind: 'body',
    status,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!DOCTYPE html>\n<html>\n<head><title>Welcome</title></head>\n<body>\n<h1>Welcome back</h1>${echo}\n</body>\n</html>`,
  };
}
