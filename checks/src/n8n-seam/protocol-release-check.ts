import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the code the n8n package bundles lives. */
export const PROTOCOL_DIR = 'packages/core/src/protocol/';

/** The package that must be released when that code changes. */
export const N8N_PACKAGE = 'n8n-nodes-resayil';

/** What a branch changed, compared with where it left `main`. */
export interface BranchChanges {
  /** The commit compared with (the merge base with `main`). */
  base: string;
  /** Paths (from the repository root) changed since `base`, committed or not. */
  files: string[];
  /** The text of each changeset file added or changed since `base`. */
  changesets: string[];
}

/** The changed files that end up in the n8n bundle: the protocol's sources, not its tests or fixtures. */
export function bundledChanges(files: readonly string[]): string[] {
  return files.filter(
    (file) =>
      file.startsWith(PROTOCOL_DIR) &&
      file.endsWith('.ts') &&
      !file.endsWith('.test.ts') &&
      !file.includes('/__fixtures__/'),
  );
}

/** Whether a changeset's front matter names the n8n package (with any bump). */
export function namesN8nPackage(changeset: string): boolean {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(changeset)?.[1] ?? '';
  return frontMatter
    .split(/\r?\n/)
    .some((line) => new RegExp(`^\\s*['"]?${N8N_PACKAGE}['"]?\\s*:`).test(line));
}

/**
 * Why the branch may not land, or `undefined` when it may: a change to core's protocol reaches n8n
 * users only in a new release of the n8n package, and changesets releases a package only when a
 * changeset names it (core is only its devDependency).
 */
export function protocolReleaseProblem(
  changes: Pick<BranchChanges, 'files' | 'changesets'>,
): string | undefined {
  const changed = bundledChanges(changes.files);
  if (changed.length === 0 || changes.changesets.some(namesN8nPackage)) return undefined;
  return [
    `${changed.length} file(s) of core's protocol changed, and the n8n package bundles that code:`,
    ...changed.map((file) => `  ${file}`),
    `Add a changeset that names '${N8N_PACKAGE}' (patch, unless its behaviour changes), so the fix is released`,
    `to n8n users too: npx changeset, or a .changeset/*.md file. See CONTRIBUTING.md, "The n8n seam".`,
  ].join('\n');
}

/**
 * Reads what the current branch changed against `main` (the ref in `RESAYIL_BASE_REF`, else
 * `origin/main`, else `main`), including uncommitted and untracked files. `undefined` when there is
 * no such ref (a shallow clone): then there is nothing to compare with.
 */
export function readBranchChanges(cwd: string): BranchChanges | undefined {
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const root = git('rev-parse', '--show-toplevel').trim();
  const refs = [process.env['RESAYIL_BASE_REF'], 'origin/main', 'main'].filter((ref): ref is string => !!ref);
  for (const ref of refs) {
    let base: string;
    try {
      base = git('merge-base', 'HEAD', ref).trim();
    } catch {
      continue;
    }
    const lines = (text: string) => text.split('\n').filter((line) => line !== '');
    const files = [
      ...lines(git('-C', root, 'diff', '--name-only', base)),
      ...lines(git('-C', root, 'ls-files', '--others', '--exclude-standard')),
    ];
    const changesets = files
      .filter((file) => /^\.changeset\/[^/]+\.md$/.test(file) && file !== '.changeset/README.md')
      .map((file) => join(root, file))
      // A changeset deleted on the branch does not count.
      .filter((path) => existsSync(path))
      .map((path) => readFileSync(path, 'utf8'));
    return { base, files, changesets };
  }
  return undefined;
}
