import { readFileSync } from 'node:fs';

/**
 * The most connections the kernel queues for a listening socket (`net.core.somaxconn` on Linux),
 * whatever backlog the server asks for; `undefined` where it cannot be read.
 */
export function listenQueueLimit(): number | undefined {
  try {
    const value = Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf8').trim());
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
