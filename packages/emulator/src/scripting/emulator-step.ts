/** One block of a scripted reply. */
export type EmulatorReplyBlock =
  | { type: 'text'; text: string }
  | { type: 'tool_use'; name: string; input: unknown; id?: string }
  | { type: 'thinking'; thinking: string; signature?: string }
  /** `data` defaults to the emulator's sealing of some thinking; either way it is accepted back. */
  | { type: 'redacted_thinking'; data?: string };

/** A scripted reply: sent instead of the deterministic one. */
export interface EmulatorReply {
  content?: EmulatorReplyBlock[];
  /** Default: `'tool_use'` if any `tool_use` block, else `'end_turn'`. */
  stopReason?: string;
  usage?: { input_tokens?: number; output_tokens?: number };
  model?: string;
}

/**
 * A fault applied to one response.
 *
 * - `status`: answer with this HTTP status. Without `body`, the profile's real body for that status.
 * - `error_event`: a mid-stream `error` event after `afterEvents` events (default 3); a status error
 *   when the request is not streamed.
 * - `cut`: destroy the socket after `afterEvents` SSE events (default 3; half the body when not streamed).
 * - `stall`: stop sending after `afterEvents` events for `ms` (default: until the client leaves).
 *   With `afterEvents` 0, or unset on a non-streamed request, nothing at all is sent (not even headers).
 * - `slow`: `tokenIntervalMs` between events.
 * - `tiny_writes`: the body goes out 1 to 3 bytes per socket write (a fixed pattern), splitting
 *   UTF-8 sequences and CRLFs (SSE lines end in CRLF under this fault).
 * - `crlf`: CRLF line endings in SSE.
 * - `gzip`: the body goes out gzip-encoded (`Content-Encoding: gzip`, whatever the request's
 *   `Accept-Encoding`), each SSE event compressed and flushed on its own, as a compressing proxy
 *   in front of a streaming gateway sends it.
 * - `html_redirect`: a 302 with an HTML body and a `Location` header (`location`, default: back).
 * - `html`: an HTML page where JSON or SSE was expected (a proxy's or login page), status 200 by
 *   default; `stall` sends the headers and then nothing until the client leaves.
 * - `keepalive`: after `afterEvents` events (default 1), only keep-alives for ever, every
 *   `intervalMs` (default 50): `ping` events, or `: keep-alive` comments with `comments`; a
 *   non-streamed request gets its headers and then a space (JSON whitespace) every interval.
 * - `whole_reply`: a streamed request gets the whole reply as one JSON body, as a gateway that
 *   ignores `stream: true` sends it.
 *
 * A hostile or careless gateway echoes the key it was sent: `echoKey` puts the presented key into
 * the status body's message, the error event's message, the redirect's `Location` (`?token=`) or
 * the HTML page, whole, as its first 24 characters (`prefix`) or base64-encoded. A status fault
 * with `stallBody` sends its headers and then nothing until the client leaves.
 */
export type EmulatorFault =
  | {
      type: 'status';
      status: number;
      body?: unknown;
      /** `Retry-After` header, seconds. */
      retryAfter?: number;
      /** `retry-after-ms` header. */
      retryAfterMs?: number;
      /** `retry_after` in the body (the Resayil gateway's way). */
      bodyRetryAfter?: number;
      headers?: Record<string, string>;
      echoKey?: KeyEcho;
      stallBody?: boolean;
    }
  | { type: 'error_event'; afterEvents?: number; errorType?: string; message?: string; echoKey?: KeyEcho }
  | { type: 'cut'; afterEvents?: number }
  | { type: 'stall'; afterEvents?: number; ms?: number }
  | { type: 'slow'; tokenIntervalMs: number }
  | { type: 'tiny_writes' }
  | { type: 'crlf' }
  | { type: 'gzip' }
  | { type: 'html_redirect'; location?: string; echoKey?: KeyEcho }
  | { type: 'html'; status?: number; stall?: boolean; echoKey?: KeyEcho }
  | { type: 'keepalive'; afterEvents?: number; intervalMs?: number; comments?: boolean }
  | { type: 'whole_reply' };

/** How a fault echoes the key the request presented: as it is, its first 24 characters, or base64. */
export type KeyEcho = 'whole' | 'prefix' | 'base64';

/**
 * One scripted step. Queue it with `emulator.enqueue(step)`, `POST /_emulator/queue`, or send it as
 * JSON in the `x-resayil-emulator` header of one request.
 */
export interface EmulatorStep {
  /** Only consume this step for requests to this path, e.g. '/v1/messages'. Default: any model endpoint. */
  path?: string;
  /** The reply to send instead of the deterministic one. */
  reply?: EmulatorReply;
  /** Faults to apply to this response. */
  fault?: EmulatorFault;
}
