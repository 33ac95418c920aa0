/// <reference types="vite/client" />
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// n8n's strict lint must stay unchanged (`n8n-node lint` verifies it), so the import rules that the
// root ESLint config enforces for the other packages are checked here: the nodes import only n8n's
// packages at run time, and core only through the seam, `shared/protocol.ts`, which the build
// replaces with a bundle.

const SEAM = 'shared/protocol.ts';
const RUNTIME = new Set(['n8n-workflow', '@n8n/ai-node-sdk']);

// Read through Vite (n8n's lint forbids `node:fs` here too): every source file, by its path from the package root.
const SOURCES = Object.fromEntries(
	Object.entries(
		import.meta.glob<string>(
			['../../nodes/**/*.ts', '../../shared/**/*.ts', '../../credentials/**/*.ts'],
			{
				query: '?raw',
				import: 'default',
				eager: true,
			},
		),
	).map(([path, text]) => [path.replace(/^\.\.\/\.\.\//, ''), text]),
);

/** Every module a file imports (static, dynamic, `require`), as written. */
function importsOf(text: string): string[] {
	return ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName);
}

/** What is wrong with one import of one file, or `undefined`. */
function importProblem(file: string, specifier: string): string | undefined {
	if (specifier.startsWith('.')) {
		return /(^|\/)(core|emulator|langchain-resayil|litellm-config|ai-sdk-provider)\//.test(
			specifier,
		)
			? `${file}: ${specifier} reaches into another package`
			: undefined;
	}
	if (RUNTIME.has(specifier)) return undefined;
	if (specifier === '@resayil/core/protocol' && file === SEAM) return undefined;
	if (specifier.startsWith('@resayil/core')) {
		return `${file}: ${specifier}: import core's protocol from ${SEAM}, the only file the bundle replaces`;
	}
	return `${file}: ${specifier} is not available to a community node at run time (n8n installs no dependencies)`;
}

describe('imports of the n8n package', () => {
	const files = Object.keys(SOURCES);

	it('finds the sources', () => {
		expect(files).toContain(SEAM);
		expect(files.length).toBeGreaterThan(20);
	});

	it('reaches core only through the seam, and nothing else but n8n at run time', () => {
		const problems = files.flatMap((file) =>
			importsOf(SOURCES[file] ?? '').flatMap((specifier) => importProblem(file, specifier) ?? []),
		);
		expect(problems).toEqual([]);
	});

	it('would catch an adapter, the emulator, or core outside the seam', () => {
		expect(importProblem('nodes/Resayil/x.ts', '@resayil/emulator')).toMatch(/not available/);
		expect(importProblem('nodes/Resayil/x.ts', '@resayil/langchain')).toMatch(/not available/);
		expect(importProblem('nodes/Resayil/x.ts', '@resayil/core/protocol')).toMatch(
			/shared\/protocol\.ts/,
		);
		expect(importProblem('shared/x.ts', '../../core/src/protocol/index.ts')).toMatch(
			/another package/,
		);
		expect(importProblem(SEAM, '@resayil/core/protocol')).toBeUndefined();
	});
});
