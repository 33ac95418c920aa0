import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmulator, type Emulator } from '@resayil/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCommands } from './extract-commands.ts';
import { findDocuments } from './find-documents.ts';
import { planCommand } from './plan-command.ts';
import { runShell, startShell, type Background } from './run-shell.ts';

// Every command that the READMEs, CONTRIBUTING.md and docs/ show for use inside the repository,
// run as written, in the folder the text puts the reader in, from a fresh state: no RESAYIL_* or
// ANTHROPIC_* variables (the offline default), and a scratch folder per document for the files
// the CLIs write. Where a block exports RESAYIL_API_KEY, an emulator stands in for the gateway.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const scratchRoot = join(root, '.artifacts', 'documented-commands');
const RUN_TIMEOUT_MS = 120_000;

let emulator: Emulator;
/** Commands the text leaves running (`… &`); stopped when their document is done. */
const backgrounds: Background[] = [];

beforeAll(async () => {
  await rm(scratchRoot, { recursive: true, force: true });
  emulator = await createEmulator({ profile: 'resayil' });
});

async function stopBackgrounds(): Promise<void> {
  await Promise.all(backgrounds.splice(0).map((b) => b.stop()));
}

afterAll(async () => {
  await stopBackgrounds();
  await emulator?.close();
});

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_UPDATE_NOTIFIER: '1',
    npm_config_update_notifier: 'false',
  };
  for (const name of Object.keys(env)) if (/^(RESAYIL_|ANTHROPIC_)/.test(name)) delete env[name];
  Object.assign(env, extra);
  if (extra.RESAYIL_API_KEY !== undefined) env.RESAYIL_BASE_URL = emulator.url;
  return env;
}

function scriptsOf(dir: string): Record<string, string> {
  const file = join(root, dir, 'package.json');
  return existsSync(file)
    ? ((JSON.parse(readFileSync(file, 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {})
    : {};
}

function workspaceDir(name: string): string {
  const list = JSON.parse(execFileSync('npm', ['query', '.workspace'], { cwd: root, encoding: 'utf8' })) as {
    name: string;
    path: string;
  }[];
  const found = list.find((w) => w.name === name);
  if (!found) throw new Error(`No workspace named ${name}`);
  return found.path;
}

describe('every bin of the workspaces is a committed file, so npm links it in a fresh clone', () => {
  const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n'));
  const manifests = [...tracked].filter((f) => /^packages\/[^/]+\/package\.json$/.test(f));
  const bins = manifests.flatMap((manifest) => {
    const bin =
      (JSON.parse(readFileSync(join(root, manifest), 'utf8')) as { bin?: Record<string, string> }).bin ?? {};
    return Object.entries(bin).map(([name, target]) => ({ name, target: join(dirname(manifest), target) }));
  });

  it('finds the CLIs', () => {
    expect(bins.map((b) => b.name).sort()).toEqual(
      expect.arrayContaining(['resayil', 'resayil-emulator', 'resayil-litellm']),
    );
  });

  it.each(bins)('$name → $target is tracked and linked', ({ name, target }) => {
    expect(tracked.has(target)).toBe(true);
    expect(realpathSync(join(root, 'node_modules', '.bin', name))).toBe(realpathSync(join(root, target)));
  });
});

for (const file of findDocuments(root)) {
  const commands = extractCommands(file, readFileSync(join(root, file), 'utf8'));
  if (commands.length === 0) continue;

  describe(file, { timeout: RUN_TIMEOUT_MS + 10_000 }, () => {
    const scratch = join(scratchRoot, file.replace(/[/.]/g, '_'));
    afterAll(stopBackgrounds);

    for (const entry of commands) {
      const plan = planCommand(entry, scriptsOf(entry.cwd));
      it(`line ${entry.line}: ${entry.command}`, async () => {
        const cwd = entry.command.startsWith('npx ') ? scratch : join(root, entry.cwd);
        await mkdir(cwd, { recursive: true });
        expect(existsSync(cwd), `${entry.cwd} does not exist`).toBe(true);
        const env = cleanEnv(entry.env);

        if (plan.kind === 'script-exists') {
          // A package README may name a root script ("the root `npm run check:packages`").
          const scripts = plan.workspace
            ? scriptsOf(workspaceDir(plan.workspace).slice(root.length + 1))
            : { ...scriptsOf('.'), ...scriptsOf(entry.cwd) };
          expect(Object.keys(scripts), `npm run ${plan.script} in ${entry.cwd}`).toContain(plan.script);
          return;
        }
        if (plan.kind === 'server') {
          const port = String(await freePort());
          const server = await startShell(plan.command, cwd, { ...env, PORT: port }, RUN_TIMEOUT_MS);
          if (entry.background) backgrounds.push(server);
          else await server.stop();
          return;
        }
        const result = await runShell(plan.command, cwd, env, RUN_TIMEOUT_MS);
        expect(result.code, `${plan.command}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`).toBe(0);
        expect(
          (result.stdout + result.stderr).trim().length,
          `${plan.command} printed nothing`,
        ).toBeGreaterThan(0);
      });
    }
  });
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
