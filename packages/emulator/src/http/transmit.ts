import type { ServerResponse } from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { GzipWriter } from '../faults/gzip-writer.ts';
import { SocketWriter } from '../faults/socket-writer.ts';
import type { TransmissionPlan } from '../faults/transmission-plan.ts';
import { wait } from '../faults/wait.ts';
import { encodeFrame, type SseFrame } from '../sse/sse-frame.ts';
import type { BodyResponse, Outgoing, StreamResponse } from './outgoing.ts';

/** One response being sent. */
export interface Exchange {
  res: ServerResponse;
  /** Aborts when the client leaves or the emulator closes. */
  signal: AbortSignal;
  /** Called just before the emulator itself destroys the socket (a `cut` fault). */
  onCut: () => void;
  /** Called when the status line and headers are committed. */
  onHead: (status: number) => void;
}

/** How sending ended. */
export type TransmitOutcome = 'completed' | 'cut' | 'aborted';

/** Sends a response, applying the plan's latency and faults. */
export function transmit(
  exchange: Exchange,
  outgoing: Outgoing,
  plan: TransmissionPlan,
): Promise<TransmitOutcome> {
  return outgoing.kind === 'body' ? sendBody(exchange, outgoing, plan) : sendStream(exchange, outgoing, plan);
}

async function sendBody(
  exchange: Exchange,
  outgoing: BodyResponse,
  plan: TransmissionPlan,
): Promise<TransmitOutcome> {
  const { res, signal } = exchange;
  const bytes = Buffer.from(outgoing.body, 'utf8');
  if (plan.stallAt === 0) await wait(plan.stallMs, signal);
  if (plan.firstTokenMs > 0) await wait(plan.firstTokenMs, signal);
  if (signal.aborted) return 'aborted';
  if (plan.keepaliveAt >= 0) {
    // No length: JSON whitespace, one space per interval, until the client leaves.
    res.writeHead(outgoing.status, outgoing.headers);
    res.flushHeaders();
    exchange.onHead(outgoing.status);
    await keepAlive(exchange, plan, () => ' ');
    return 'aborted';
  }
  if (plan.gzip) {
    res.writeHead(outgoing.status, gzipHeaders(outgoing.headers));
    exchange.onHead(outgoing.status);
    const writer = new GzipWriter(res, signal);
    await writer.write(bytes);
    if (signal.aborted) return 'aborted';
    await writer.end();
    return 'completed';
  }
  res.writeHead(outgoing.status, { ...outgoing.headers, 'content-length': String(bytes.length) });
  exchange.onHead(outgoing.status);
  if (plan.cutAt >= 0) {
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    return cut(exchange);
  }
  if (plan.stallAt > 0) {
    res.flushHeaders();
    await wait(plan.stallMs, signal);
  }
  await new SocketWriter(res, plan.tinyWrites, signal).write(bytes);
  if (signal.aborted) return 'aborted';
  res.end();
  return 'completed';
}

async function sendStream(
  exchange: Exchange,
  outgoing: StreamResponse,
  plan: TransmissionPlan,
): Promise<TransmitOutcome> {
  const { res, signal } = exchange;
  const last = outgoing.frames.length - 1;
  const clamp = (at: number) => (at < 0 ? -1 : Math.min(at, last));
  const stallAt = clamp(plan.stallAt);
  const cutAt = clamp(plan.cutAt);
  const errorAt = clamp(plan.errorAt);
  if (stallAt === 0) await wait(plan.stallMs, signal);
  if (plan.firstTokenMs > 0) await wait(plan.firstTokenMs, signal);
  if (signal.aborted) return 'aborted';
  res.writeHead(outgoing.status, plan.gzip ? gzipHeaders(outgoing.headers) : outgoing.headers);
  res.flushHeaders();
  exchange.onHead(outgoing.status);
  const writer = plan.gzip ? new GzipWriter(res, signal) : new SocketWriter(res, plan.tinyWrites, signal);
  const send = (text: string) => writer.write(Buffer.from(text, 'utf8'));
  for (let i = 0; i < outgoing.frames.length; i++) {
    if (i === plan.keepaliveAt) {
      const ping = plan.keepaliveComments
        ? `: keep-alive${plan.eol}${plan.eol}`
        : encodeFrame(pingFrame(outgoing), plan.eol);
      await keepAlive(exchange, plan, () => ping, send);
      return 'aborted';
    }
    if (i > 0 && i === stallAt) await wait(plan.stallMs, signal);
    if (i > 0 && plan.intervalMs > 0) await wait(plan.intervalMs, signal);
    if (signal.aborted) return 'aborted';
    if (i === cutAt) return cut(exchange);
    if (i === errorAt) {
      await send(encodeFrame(outgoing.errorFrame(plan.errorType, plan.errorMessage), plan.eol));
      break;
    }
    const frame = outgoing.frames[i];
    if (frame) await send(encodeFrame(frame, plan.eol));
  }
  if (signal.aborted) return 'aborted';
  if (writer instanceof GzipWriter) await writer.end();
  else res.end();
  return 'completed';
}

/** The headers of a gzip-encoded response: its length is not known before it is compressed. */
function gzipHeaders(headers: Record<string, string>): Record<string, string> {
  return { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' };
}

/** A `ping` event in the stream's own style (with an `event:` line only if its frames have one). */
function pingFrame(outgoing: StreamResponse): SseFrame {
  const data = '{"type": "ping"}';
  return outgoing.frames[0]?.event === undefined ? { data } : { event: 'ping', data };
}

/** Sends a keep-alive every `keepaliveMs` until the client leaves (never anything else). */
async function keepAlive(
  exchange: Exchange,
  plan: TransmissionPlan,
  next: () => string,
  send: (text: string) => Promise<void> = async (text) => void exchange.res.write(text),
): Promise<void> {
  while (!exchange.signal.aborted) {
    await send(next());
    await wait(plan.keepaliveMs, exchange.signal);
  }
}

/** Lets what was written leave the socket, then destroys it without finishing the response. */
async function cut(exchange: Exchange): Promise<TransmitOutcome> {
  exchange.onCut();
  const socket = exchange.res.socket;
  for (let turns = 0; turns < 100 && socket && !socket.destroyed; turns++) {
    await nextTurn();
    if (socket.writableLength === 0) break;
  }
  socket?.destroy();
  return 'cut';
}
