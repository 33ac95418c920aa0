import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { nextBin } from './next-bin.ts';

/** Everything a Next.js example's production build is made from. */
const SOURCES = ['src', 'next.config.ts', 'package.json', 'tsconfig.json'];

/**
 * Runs `next build` in `appDir` unless `.next/` is newer than every source file and than the
 * `dist/` of each workspace package named in `packages` (turbo's `build` task has just produced it).
 * Rejects with the build's output when it fails.
 */
export async function ensureBuilt(appDir: string, packages: readonly string[] = []): Promise<void> {
  const built = await mtime(join(appDir, '.next', 'BUILD_ID'));
  const sources = await Promise.all(SOURCES.map((path) => newestMtime(join(appDir, path))));
  const resolve = createRequire(join(appDir, 'package.json')).resolve;
  const dists = await Promise.all(packages.map((name) => newestMtime(join(resolve(name), '..'))));
  if (built !== undefined && Math.max(...dists, ...sources) < built) return;
  await nextBuild(appDir);
}

function nextBuild(appDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin(appDir), 'build'], {
      cwd: appDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed (${code}):\n${output}`)),
    );
  });
}

async function mtime(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}
