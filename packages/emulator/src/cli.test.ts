import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnyJson } from '../test/support/any-json.ts';

const CLI = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

/** Spawns the built CLI and resolves with the URL it prints. */
function startCli(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/u.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) =>
      reject(new Error(`CLI exited with ${code} before printing its URL: ${out}`)),
    );
  });
  return { child, url, exited };
}

describe('resayil-emulator CLI (dist/cli.mjs)', () => {
  it('starts, prints its URL, serves /v1/models, and stops on SIGTERM', async () => {
    const { child, url, exited } = startCli(['--port', '0', '--profile', 'resayil', '--api-key', 'cli-key']);
    try {
      const base = await url;
      const res = await fetch(`${base}/v1/models`, { headers: { authorization: 'Bearer cli-key' } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as AnyJson).data.length).toBe(39);
      expect((await fetch(`${base}/v1/models`)).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('stops on SIGINT too', async () => {
    const { child, url, exited } = startCli(['--port', '0']);
    await url;
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('exits with 2 and usage on a bad argument', async () => {
    const child = spawn(process.execPath, [CLI, '--profile', 'nope'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('Usage: resayil-emulator');
  });
});
