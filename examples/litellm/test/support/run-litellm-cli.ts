import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This example's folder. */
export const exampleDir = fileURLToPath(new URL('../../', import.meta.url));

const require = createRequire(import.meta.url);
const packageJsonPath = require.resolve('@resayil/litellm-config/package.json');
const { bin } = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { bin: Record<string, string> };
const cliPath = join(dirname(packageJsonPath), bin['resayil-litellm'] ?? 'dist/cli.mjs');

/** What a CLI run printed and how it exited. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the installed `resayil-litellm` in this example's folder with no `RESAYIL_*` variables
 * inherited, so that the output depends on the arguments alone.
 */
export function runLitellmCli(args: readonly string[]): Promise<CliResult> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('RESAYIL_')));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cliPath, ...args], { cwd: exampleDir, env }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}
