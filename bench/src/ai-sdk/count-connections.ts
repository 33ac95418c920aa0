import { subscribe, unsubscribe } from 'node:diagnostics_channel';

/** A count of the TCP connections this process's `fetch` opened. */
export interface ConnectionCount {
  /** Connections opened since the count started. */
  readonly opened: number;
  /** Stops counting. */
  stop(): void;
}

/**
 * Counts the connections that the global `fetch` (undici) opens from now on, through its
 * `undici:client:connected` diagnostics channel: proof that contenders sharing the connection
 * pool reuse it rather than paying for a new connection per request.
 */
export function countConnections(): ConnectionCount {
  let opened = 0;
  const onConnected = (): void => {
    opened++;
  };
  subscribe('undici:client:connected', onConnected);
  return {
    get opened() {
      return opened;
    },
    stop() {
      unsubscribe('undici:client:connected', onConnected);
    },
  };
}
