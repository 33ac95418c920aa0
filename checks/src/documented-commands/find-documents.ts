import { execFileSync } from 'node:child_process';

/**
 * The documents a newcomer reads, relative to the repository root: the READMEs, CONTRIBUTING.md
 * and everything under `docs/` folders, as git tracks them (so only what a fresh clone has).
 */
export function findDocuments(root: string): string[] {
  const tracked = execFileSync('git', ['ls-files', '*.md'], { cwd: root, encoding: 'utf8' }).split('\n');
  return tracked
    .filter(
      (file) =>
        /(^|\/)README\.md$/.test(file) || file === 'CONTRIBUTING.md' || /(^|\/)docs\/.+\.md$/.test(file),
    )
    .filter((file) => !file.startsWith('.changeset/'));
}
