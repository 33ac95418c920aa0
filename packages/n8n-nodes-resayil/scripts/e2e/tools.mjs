// Where the e2e finds Node 24 and n8n 2.41.1, and how it installs them when the cache is empty.
// Both live outside the repository, in RESAYIL_TOOLS_DIR (default ~/.cache/resayil-tools), the
// same folder `.ci/run` uses. Each step is checked by its result, not by what npm printed, and an
// n8n folder is trusted only once every step succeeded (its `.ready` mark); a half-prepared one is redone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanNpmEnv, ensureNode, nodeHeadersDir, toolsDir } from '../../../../scripts/ensure-node.mjs';

export const N8N_VERSION = '2.41.1';

/** The Node 24 binary (n8n 2.41 needs Node >= 24), installed and checked when missing. */
export function ensureNode24(log) {
	return ensureNode(24, log);
}

/** Runs npm in `cwd` with its output shown (installs take minutes) and without inherited npm config. */
function npm(args, cwd, extraEnv = {}) {
	execFileSync('npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: cleanNpmEnv(extraEnv) });
}

/** Whether sqlite3 loads under Node 24 and opens a database: the proof that the rebuild happened. */
function sqliteLoads(node24, dir) {
	try {
		execFileSync(
			node24,
			['-e', `const s = require(${JSON.stringify(join(dir, 'node_modules', 'sqlite3'))}); new s.Database(':memory:').close();`],
			{ stdio: 'pipe' },
		);
		return true;
	} catch {
		return false;
	}
}

/**
 * n8n 2.41.1, installed with `--ignore-scripts` (an install script of one of its dependencies
 * downloads from the internet), then `sqlite3` (its default database) built from source against
 * Node 24's own headers. Returns the path of n8n's bin script.
 */
export function ensureN8n(node24, log) {
	const dir = join(toolsDir, `n8n-${N8N_VERSION}`);
	const bin = join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	const mark = join(dir, '.ready');
	if (existsSync(mark) && existsSync(bin) && sqliteLoads(node24, dir)) return bin;
	if (existsSync(dir)) log(`${dir} is not a complete n8n install (no .ready mark, or sqlite3 does not load): redoing it`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'package.json'), '{"private":true}\n');

	log(`installing n8n@${N8N_VERSION} into ${dir} (several minutes, ~3 GB)`);
	npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', `n8n@${N8N_VERSION}`], dir);
	if (!existsSync(bin)) throw new Error(`npm install n8n@${N8N_VERSION} finished but ${bin} is missing.`);

	log('building sqlite3 for Node 24');
	const path = `${join(node24, '..')}:${process.env.PATH ?? ''}`;
	npm(
		['rebuild', 'sqlite3', '--ignore-scripts=false', '--foreground-scripts', '--build-from-source', `--nodedir=${nodeHeadersDir(24)}`],
		dir,
		{ PATH: path },
	);
	if (!sqliteLoads(node24, dir)) {
		throw new Error(
			`sqlite3 was rebuilt but does not load under Node 24 (${join(dir, 'node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node')}). ` +
				'It builds with node-gyp, which needs python3, make and a C++ compiler.',
		);
	}
	writeFileSync(mark, `n8n@${N8N_VERSION}, sqlite3 built for ${execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim()}\n`);
	return bin;
}
