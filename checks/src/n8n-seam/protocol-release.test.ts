import { describe, expect, it } from 'vitest';

import {
  bundledChanges,
  namesN8nPackage,
  protocolReleaseProblem,
  readBranchChanges,
} from './protocol-release-check.ts';

// The n8n package bundles core's protocol at build time (core is only its devDependency), so a change
// there reaches n8n users only if the n8n package is released too. This is the check `npm test` runs
// (here, among the repository-wide checks: the n8n package's Cloud lint forbids reading git in its tests).

const withN8n = `---\n'@resayil/core': patch\n'n8n-nodes-resayil': patch\n---\n\nFix.\n`;
const coreOnly = `---\n'@resayil/core': patch\n---\n\nFix mentioning n8n-nodes-resayil: in the text only.\n`;

describe('the n8n seam release rule', () => {
  it('counts the protocol sources only, not their tests or fixtures', () => {
    expect(
      bundledChanges([
        'packages/core/src/protocol/stream/merge-usage.ts',
        'packages/core/src/protocol/stream/keep-text.test.ts',
        'packages/core/src/protocol/__fixtures__/stream-harness.ts',
        'packages/core/src/client/transport.ts',
        'packages/n8n-nodes-resayil/shared/protocol.ts',
      ]),
    ).toEqual(['packages/core/src/protocol/stream/merge-usage.ts']);
  });

  it('reads the package names from the front matter only', () => {
    expect(namesN8nPackage(withN8n)).toBe(true);
    expect(namesN8nPackage(`---\n"n8n-nodes-resayil": minor\n---\n`)).toBe(true);
    expect(namesN8nPackage(coreOnly)).toBe(false);
  });

  it('fails a protocol change without a changeset naming the n8n package, naming the files and the fix', () => {
    const problem = protocolReleaseProblem({
      files: ['packages/core/src/protocol/json/is-record.ts', '.changeset/fix.md'],
      changesets: [coreOnly],
    });
    expect(problem).toContain('packages/core/src/protocol/json/is-record.ts');
    expect(problem).toContain("Add a changeset that names 'n8n-nodes-resayil'");
  });

  it('passes it with such a changeset, and passes a branch that does not touch the protocol', () => {
    const files = ['packages/core/src/protocol/json/is-record.ts'];
    expect(protocolReleaseProblem({ files, changesets: [coreOnly, withN8n] })).toBeUndefined();
    expect(
      protocolReleaseProblem({ files: ['packages/core/src/client/transport.ts'], changesets: [] }),
    ).toBeUndefined();
  });

  it('holds for this branch against main', () => {
    const changes = readBranchChanges(process.cwd());
    // A shallow clone without main has nothing to compare with; on main itself the diff is empty.
    if (changes === undefined) return;
    expect(protocolReleaseProblem(changes) ?? 'ok').toBe('ok');
  });
});
