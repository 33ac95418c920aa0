import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exampleDir = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** Builds `dist/` from the current sources with tsdown (a second or two). */
export async function buildExample(): Promise<void> {
  await run(process.execPath, [createRequire(import.meta.url).resolve('tsdown/run')], { cwd: exampleDir });
}

/** Runs `dist/main.mjs` (what `npm start` runs) with exactly the given `RESAYIL_*` variables. */
export async function runMain(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('RESAYIL_')),
  );
  try {
    const { stdout, stderr } = await run(process.execPath, ['dist/main.mjs', ...args], {
      cwd: exampleDir,
      env: { ...inherited, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
