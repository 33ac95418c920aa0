import type { ToolRunEvent } from '../client/tool-run.ts';
import type { ChatStreamEvent } from './chat-stream-event.ts';
import type { ChatStreamMapper } from './chat-stream-mapper.ts';
import { toChatStreamError } from './to-chat-stream-error.ts';
import { TURN_OVER, TurnWatch } from './turn-watch.ts';

/** The most text one enqueued chunk carries; beyond it the batch leaves at once. */
const MAX_BATCH_CHARS = 16 * 1024;

const frame = (event: ChatStreamEvent): string => `data: ${JSON.stringify(event)}\n\n`;

/**
 * Serializes a run's events as the chat stream's SSE, pulled on demand: nothing is read from the
 * gateway faster than the browser takes it, and cancelling the response (a disconnect) stops the
 * upstream request.
 *
 * - It resolves once the run's first event has arrived (or it failed), as a bare proxy answers
 *   once the gateway has: the response's headers then travel with its first bytes.
 * - The events that one upstream chunk carries leave as one chunk (they are collected until the
 *   event loop's turn is over), so the server writes once per chunk it reads, not once per token;
 *   the first token leaves on its own, as soon as it is decoded.
 * - A failure to start (`open` throwing, e.g. for a missing key) or to stream arrives as a final
 *   `error` event.
 */
export async function toChatEventStream(
  open: () => AsyncIterator<ToolRunEvent>,
  map: ChatStreamMapper,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const events = openOrFail(open);
  let pending: Promise<IteratorResult<ToolRunEvent>> | undefined = events.next();
  await pending.catch(() => undefined); // its failure is reported by the first pull
  let firstSent = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // Flushes the headers through proxies that wait for a body, whatever the first token's delay.
      controller.enqueue(encoder.encode(': stream-open\n\n'));
    },
    async pull(controller) {
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
          batch += frame(event);
          if (!firstSent && event.type !== 'start') {
            firstSent = true;
            break;
          }
          // An upstream that is already buffered resolves within one turn: cap the batch so the
          // helper never holds more than a chunk's worth of the reply at once.
          if (batch.length >= MAX_BATCH_CHARS) break;
          turn ??= new TurnWatch();
        }
      } catch (error) {
        batch += frame({ type: 'error', error: toChatStreamError(error) });
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

/** The iterator `open` returns, or, if it throws, one whose first step rejects with that error. */
function openOrFail(open: () => AsyncIterator<ToolRunEvent>): AsyncIterator<ToolRunEvent> {
  try {
    return open();
  } catch (error) {
    return { next: () => Promise.reject(error instanceof Error ? error : new Error(String(error))) };
  }
}
