/** How one call is made: where, with which key, and how it may be stopped or watched. */
export interface CallEnv {
  baseURL: string;
  apiKey: string;
  /** Aborts the call (the user pressed Stop, closed the tab, cancelled the execution). */
  signal?: AbortSignal;
  /** Called with each piece of text as it arrives. */
  onText?: (text: string) => void;
  /**
   * Everything the user got besides the text (raw bytes, items, messages), serialized, whether the
   * call succeeds or fails: the key scan reads it.
   */
  outputs: string[];
}

/**
 * One way into the toolkit, as its users call it. Every entry point runs the same fault table
 * and must surface each fault as the core error class the table names, in its own form.
 */
export interface EntryPoint {
  /** e.g. `core messages.stream`. */
  name: string;
  /** Whether the call streams: picks the table's `streamed` or `unstreamed` expectation. */
  streamed: boolean;
  /** `false` when a streamed call shows no text until it ends (`onText` is never called). */
  reportsText?: false;
  /** The gateway path it calls, where faults are queued. */
  path: '/v1/messages' | '/v1/chat/completions';
  /** Makes the call; resolves with the reply's text. */
  call(env: CallEnv): Promise<string>;
  /**
   * The core error class a thrown value stands for (`RateLimitError`, …), or `undefined` when it
   * is not a typed error in this entry point's own form.
   */
  errorName(error: unknown): string | undefined;
  /** The core error class an abort surfaces as. */
  abortOutcome: string;
}

/**
 * Connect, idle and total timeouts every entry point is built with: the stall cases must end
 * quickly, and a reply of keep-alives for ever by the total deadline (well above a normal reply).
 */
export const TIMEOUTS = { timeout: 1_500, idleTimeout: 400, totalTimeout: 3_000 } as const;

/** The model every call asks for. */
export const MODEL = 'qwen3.5:397b';

/** The prompt every call sends (Arabic: the reply is Arabic too, multi-byte under every fault). */
export const PROMPT = 'حدثني عن البحر قرب الكويت في بضع جمل.';
