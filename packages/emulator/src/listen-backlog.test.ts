import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmulator } from './create-emulator.ts';

/** The backlog of the socket listening on `port`, as `ss` (Linux) reports it: `LISTEN 0 <backlog> …`. */
function listenBacklog(port: number): number {
  const line = execFileSync('ss', ['-ltnH', `sport = :${port}`], { encoding: 'utf8' }).trim();
  return Number(line.split(/\s+/u)[2]);
}

const hasSs = spawnSync('ss', ['-V']).status === 0;

const somaxconn = (): number => {
  try {
    return Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf8'));
  } catch {
    return Infinity;
  }
};

describe.runIf(hasSs)('listen backlog', () => {
  it('queues 4096 connections by default (as far as the kernel allows), and what `backlog` says', async () => {
    const byDefault = await createEmulator();
    const chosen = await createEmulator({ backlog: 1000 });
    try {
      expect(listenBacklog(byDefault.port)).toBe(Math.min(4096, somaxconn()));
      expect(listenBacklog(chosen.port)).toBe(Math.min(1000, somaxconn()));
    } finally {
      await byDefault.close();
      await chosen.close();
    }
  });
});
