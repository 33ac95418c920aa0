import { execFileSync } from 'node:child_process';

/** The limits on open files (`ulimit -n`) this process passes to its children: `unlimited` is `Infinity`. */
export interface OpenFileLimit {
  soft: number;
  hard: number;
}

const parse = (text: string): number => (text.trim() === 'unlimited' ? Infinity : Number(text.trim()));

/** The soft and hard limits on open files of this process (read through `sh`), or `undefined` where there is no `sh`. */
export function openFileLimit(): OpenFileLimit | undefined {
  try {
    const [soft = '', hard = ''] = execFileSync('sh', ['-c', 'ulimit -Sn; ulimit -Hn'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const limit = { soft: parse(soft), hard: parse(hard) };
    return Number.isNaN(limit.soft) || Number.isNaN(limit.hard) ? undefined : limit;
  } catch {
    return undefined;
  }
}

/**
 * The soft limit a child should run with to hold `needed` files: `needed` if the hard limit allows
 * it and the current soft limit is lower, else `undefined` (nothing to raise, or no way to).
 */
export function raisedLimit(limit: OpenFileLimit | undefined, needed: number): number | undefined {
  if (!limit || limit.soft >= needed) return undefined;
  return limit.hard >= needed ? needed : undefined;
}
