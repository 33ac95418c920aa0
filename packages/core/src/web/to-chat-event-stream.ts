import type { ToolRunEvent } from '../client/tool-run.ts';
import { afterIo } from './after-io.ts';
import { frameChatEvent } from './chat-event-frame.ts';
import type { ChatStreamEvent } from './chat-stream-event.ts';
import type { ChatStreamMapper } from './chat-stream-mapper.ts';
import { toChatStreamError } from './to-chat-stream-error.ts';
import { TURN_OVER, TurnWatch } from './turn-watch.ts';

/** The most text one enqueued chunk carries; beyond it the batch leaves at once. */
const MAX_BATCH_CHARS = 16 * 1024;

/** What the reader waits for first: the reply's first text or reasoning. */
const isToken = (event: ChatStreamEvent): boolean => event.type === 'text' || event.type === 'thinking';

/**
 * Serializes a run's events as the chat stream's SSE, pulled on demand: nothing is read from the
 * gateway faster than the browser takes it, and cancelling the response (a disconnect) stops the
 * upstream request.
 *
 * - It resolves once the gateway has answered (the run's `connected`, else its first event) or
 *   the run failed, as a bare proxy does: the response's headers leave while the first event is
 *   on its way, and never before the gateway's.
 * - The first token (text or reasoning) leaves at once, with what came before it (`start`), and
 *   the rest of its chunk follows once the event loop has polled for I/O again: the write goes
 *   out, and the server's other work gets its turn, before the helper handles the rest.
 * - After it, the events that one upstream chunk carries leave as one chunk (they are collected
 *   until the event loop's turn is over, at most 16 KiB of them), so the server writes once per
 *   chunk it reads, not once per token.
 * - A failure to start (`open` throwing, e.g. for a missing key) or to stream arrives as a final
 *   `error` event.
 */
export async function toChatEventStream(
  open: () => ChatEventSource,
  map: ChatStreamMapper,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const events = openOrFail(open);
  let tokenSent = false;
  let afterFirstToken = false;
  let pending: Promise<IteratorResult<ToolRunEvent>> | undefined = events.next();
  // A failure is reported by the first pull.
  await Promise.race([pending, events.connected ?? pending]).catch(() => undefined);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (afterFirstToken) {
        afterFirstToken = false;
        await afterIo();
      }
      let batch = '';
      let ended = false;
      let turn: TurnWatch | undefined;
      try {
        for (;;) {
          const next = pending ?? events.next();
          pending = undefined;
          const result = turn ? await turn.next(next) : await next;
          if (result === TURN_OVER) {
            pending = next;
            break;
          }
          if (result.done) {
            ended = true;
            break;
          }
          const event = map(result.value);
          if (event === undefined) continue;
          batch += frameChatEvent(event);
          if (!tokenSent && isToken(event)) {
            tokenSent = true;
            afterFirstToken = true;
            break;
          }
          // An upstream that is already buffered resolves within one turn: cap the batch so the
          // helper never holds more than a chunk's worth of the reply at once.
          if (batch.length >= MAX_BATCH_CHARS) break;
          turn ??= new TurnWatch();
        }
      } catch (error) {
        batch += frameChatEvent({ type: 'error', error: toChatStreamError(error) });
        ended = true;
      }
      turn?.close();
      if (batch !== '') controller.enqueue(encoder.encode(batch));
      if (ended) controller.close();
    },
    async cancel() {
      await events.return?.(undefined);
    },
  });
}

/**
 * A run's events; `connected`, when the run can tell, settles once the gateway's response headers
 * have arrived (see `MessageStream.connected`), else the first event is waited for.
 */
export type ChatEventSource = AsyncIterator<ToolRunEvent> & { connected?: Promise<void> };

/** The iterator `open` returns, or, if it throws, one whose first step rejects with that error. */
function openOrFail(open: () => ChatEventSource): ChatEventSource {
  try {
    return open();
  } catch (error) {
    return { next: () => Promise.reject(error instanceof Error ? error : new Error(String(error))) };
  }
}
