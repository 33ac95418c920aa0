import { InvalidRequestError } from '../errors/invalid-request-error.ts';

/**
 * Normalizes a gateway base URL to its origin plus path prefix, without `/v1` and without a
 * trailing slash, so that endpoint paths (`/v1/messages`) can be appended. Accepts every form the
 * docs and users write: `https://llmapi.resayil.io`, `https://llmapi.resayil.io/v1`, `…/v1/`,
 * `https://llm.resayil.io/api/v1` (→ `https://llm.resayil.io/api`, which the gateway also serves)
 * and local `http://127.0.0.1:4010`. Query and fragment are dropped.
 *
 * Throws `InvalidRequestError` for a value that is not an http(s) URL. Every request builds its
 * URL with it, so the last address normalized is remembered (parsing a URL is most of its cost).
 */
export function normalizeBaseURL(baseURL: string): string {
  if (baseURL === last.input) return last.output;
  const output = normalize(baseURL);
  last = { input: baseURL, output };
  return output;
}

let last: { input: string | undefined; output: string } = { input: undefined, output: '' };

function normalize(baseURL: string): string {
  const fix =
    'Use the gateway address, e.g. https://llmapi.resayil.io (or http://127.0.0.1:<port> for the emulator).';
  let url: URL;
  try {
    url = new URL(baseURL.trim());
  } catch {
    throw new InvalidRequestError('baseURL', 'is not a valid URL', fix);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidRequestError('baseURL', `must use http or https (got ${url.protocol})`, fix);
  }
  if (url.username !== '' || url.password !== '') {
    throw new InvalidRequestError(
      'baseURL',
      'must not contain credentials',
      `${fix} Pass the key as apiKey.`,
    );
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/i, '').replace(/\/+$/, '');
  return `${url.origin}${path}`;
}
