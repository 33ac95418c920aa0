// Brings a Node.js major line into the tools folder and proves it runs: `node scripts/ensure-node.mjs 24`
// prints the binary's path. `.ci/run` and the n8n e2e scripts share it, and with it one cache folder:
// RESAYIL_TOOLS_DIR (default ~/.cache/resayil-tools). The binary arrives in the npm `node` package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the tools live: outside the repository, reused between runs. */
export const toolsDir = process.env.RESAYIL_TOOLS_DIR || join(homedir(), '.cache', 'resayil-tools');

/**
 * The environment for an npm command run from inside `npm run`: npm hands its own config to
 * scripts as `npm_config_*` variables, and this repository's `.npmrc` sets `ignore-scripts`, which
 * would silently skip the install script that puts the `node` binary in place.
 */
export function cleanNpmEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return { ...env, ...extra };
}

/** The version a binary reports, or undefined when it does not run. */
function versionOf(binary) {
  if (!existsSync(binary)) return undefined;
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Node.js `major`, installed into `<toolsDir>/node<major>` when missing or broken, and checked:
 * the binary must run and report that major. A folder without the `.ready` mark (an install that
 * stopped half-way) is removed and redone.
 */
export function ensureNode(major, log = (line) => process.stderr.write(`${line}\n`)) {
  const dir = join(toolsDir, `node${major}`);
  const binary = join(dir, 'node_modules', 'node', 'bin', 'node');
  const mark = join(dir, '.ready');
  const wanted = new RegExp(`^v${major}\\.`);
  if (existsSync(mark) && wanted.test(versionOf(binary) ?? '')) return binary;

  log(`installing Node ${major} into ${dir}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts=false', '--foreground-scripts', `node@${major}`],
    { cwd: dir, stdio: ['ignore', 2, 2], env: cleanNpmEnv() }, // stdout carries only the path
  );
  const version = versionOf(binary);
  if (!wanted.test(version ?? '')) {
    throw new Error(
      `Node ${major} did not install into ${dir}: ${binary} ${version ? `reports ${version}` : 'does not run'}. ` +
        'Its binary comes from the npm package `node` through an install script; check that npm can run it ' +
        `(npm install node@${major} --ignore-scripts=false --foreground-scripts in that folder).`,
    );
  }
  writeFileSync(mark, `${version}\n`);
  return binary;
}

/** The folder with Node's headers for `major` (for native builds against it), inside the same install. */
export function nodeHeadersDir(major) {
  const dir = join(
    toolsDir,
    `node${major}`,
    'node_modules',
    'node',
    'node_modules',
    `node-${process.platform}-${process.arch}`,
  );
  if (!existsSync(join(dir, 'include', 'node', 'node.h'))) {
    throw new Error(
      `Node ${major}'s headers are missing under ${dir}; remove ${join(toolsDir, `node${major}`)} and run again.`,
    );
  }
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const major = Number(process.argv[2]);
  if (!Number.isInteger(major)) {
    process.stderr.write('usage: node scripts/ensure-node.mjs <major>\n');
    process.exit(2);
  }
  process.stdout.write(`${ensureNode(major)}\n`);
}
