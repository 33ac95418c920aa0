import type { LatencyOptions } from '../emulator-options.ts';
import type { EmulatorFault } from '../scripting/emulator-step.ts';

const DEFAULT_AFTER_EVENTS = 3;

/** How `transmit` sends one response, derived from its fault and the latency settings. */
export interface TransmissionPlan {
  eol: '\n' | '\r\n';
  tinyWrites: boolean;
  /** The body is gzip-encoded, each write flushed. */
  gzip: boolean;
  firstTokenMs: number;
  intervalMs: number;
  /** Event index before which to stall (-1: never), and for how long (undefined: until the client leaves). */
  stallAt: number;
  stallMs: number | undefined;
  /** Event index before which the socket is destroyed (-1: never). */
  cutAt: number;
  /** Event index before which an error event ends the stream (-1: never). */
  errorAt: number;
  errorType: string;
  errorMessage: string;
  /** Event index from which only keep-alives are sent, for ever (-1: never). */
  keepaliveAt: number;
  keepaliveMs: number;
  /** `: keep-alive` comments instead of `ping` events. */
  keepaliveComments: boolean;
}

/** The plan for one response. Non-streamed responses stall before the first byte unless told otherwise. */
export function transmissionPlan(
  fault: EmulatorFault | undefined,
  latency: LatencyOptions,
  stream: boolean,
): TransmissionPlan {
  const plan: TransmissionPlan = {
    // Tiny writes use CRLF too, so that the split lands inside CRLF pairs as well as UTF-8 sequences.
    eol: fault?.type === 'crlf' || fault?.type === 'tiny_writes' ? '\r\n' : '\n',
    tinyWrites: fault?.type === 'tiny_writes',
    gzip: fault?.type === 'gzip',
    firstTokenMs: latency.firstTokenMs ?? 0,
    intervalMs: fault?.type === 'slow' ? fault.tokenIntervalMs : (latency.tokenIntervalMs ?? 0),
    stallAt: -1,
    stallMs: undefined,
    cutAt: -1,
    errorAt: -1,
    errorType: 'overloaded_error',
    errorMessage: 'Overloaded',
    keepaliveAt: -1,
    keepaliveMs: 50,
    keepaliveComments: false,
  };
  if (fault?.type === 'stall') {
    plan.stallAt = fault.afterEvents ?? (stream ? DEFAULT_AFTER_EVENTS : 0);
    plan.stallMs = fault.ms;
  } else if ((fault?.type === 'html' && fault.stall) || (fault?.type === 'status' && fault.stallBody)) {
    // The headers go out, then nothing until the client leaves.
    plan.stallAt = 1;
  } else if (fault?.type === 'keepalive') {
    plan.keepaliveAt = fault.afterEvents ?? 1;
    plan.keepaliveMs = fault.intervalMs ?? 50;
    plan.keepaliveComments = fault.comments === true;
  } else if (fault?.type === 'cut') {
    plan.cutAt = fault.afterEvents ?? DEFAULT_AFTER_EVENTS;
  } else if (fault?.type === 'error_event') {
    plan.errorAt = fault.afterEvents ?? DEFAULT_AFTER_EVENTS;
    plan.errorType = fault.errorType ?? 'overloaded_error';
    plan.errorMessage =
      fault.message ?? (plan.errorType === 'overloaded_error' ? 'Overloaded' : 'An error occurred.');
  }
  return plan;
}
