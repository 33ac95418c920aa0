// Lint for the TypeScript packages. The n8n package keeps n8n's own lint config, unchanged (its
// import rules are checked by packages/n8n-nodes-resayil/test/seam/imports.test.ts instead).
import { readdirSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Adapter packages (folders under packages/): built on core, never on each other or the emulator. */
const ADAPTERS = ['langchain-resayil', 'litellm-config', 'ai-sdk-provider'];

/** The published entry points of every public package (`name` + each key of `exports`). */
const ENTRY_POINTS = readdirSync(new URL('./packages/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    let pkg;
    try {
      pkg = JSON.parse(
        readFileSync(new URL(`./packages/${entry.name}/package.json`, import.meta.url), 'utf8'),
      );
    } catch {
      return [];
    }
    if (pkg.private) return [];
    return Object.keys(pkg.exports ?? { '.': '' })
      .filter((key) => key !== './package.json')
      .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
  });

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A pattern for any toolkit package import except the listed entry points. */
const anyPackageBut = (allowed) =>
  `^(?!(?:${allowed.map(escape).join('|')})$)(?:@resayil/|@resayil-internal/|n8n-nodes-resayil(?:/|$))`;

/** A pattern for a relative import that leaves its package for another one. */
const INTO_ANOTHER_PACKAGE = `^\\.\\.?/(?:.*/)?(?:packages/|examples/|(?:${readdirSync(
  new URL('./packages/', import.meta.url),
)
  .map(escape)
  .join('|')})/(?:src|dist)/)`;

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.next/**',
      '**/.turbo/**',
      'packages/n8n-nodes-resayil/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The protocol layer is bundled into the n8n package, whose Cloud lint rejects timers,
    // `process`, `globalThis` and Node built-ins. Keep it pure.
    files: ['packages/core/src/protocol/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The protocol layer is sans-IO: no process.' },
        { name: 'globalThis', message: 'The protocol layer is sans-IO: no globalThis.' },
        { name: 'setTimeout', message: 'The protocol layer has no timers.' },
        { name: 'setInterval', message: 'The protocol layer has no timers.' },
        { name: 'setImmediate', message: 'The protocol layer has no timers.' },
        { name: 'fetch', message: 'The protocol layer does no IO.' },
        { name: 'window', message: 'The protocol layer is sans-IO.' },
        { name: 'Buffer', message: 'Use Uint8Array/TextDecoder in the protocol layer.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'The protocol layer may not import Node built-ins.' }] },
      ],
    },
  },
  {
    // Adapters translate between their framework and core's published entry points. They never
    // import each other (nothing depends on an adapter), nor the emulator (a test and offline
    // tool) outside their tests.
    files: ADAPTERS.map((name) => `packages/${name}/src/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: anyPackageBut(ENTRY_POINTS.filter((name) => name.startsWith('@resayil/core'))),
              message:
                'An adapter builds on @resayil/core only: no other adapter, no emulator outside tests.',
            },
            { regex: INTO_ANOTHER_PACKAGE, message: 'Import other packages by name, never by path.' },
          ],
        },
      ],
    },
  },
  {
    // Examples show what users can write: only published entry points, never a package's files.
    files: ['examples/*/src/**/*.{ts,tsx}', 'examples/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: anyPackageBut(ENTRY_POINTS),
              message: `Examples import only published entry points: ${ENTRY_POINTS.join(', ')}.`,
            },
            { regex: INTO_ANOTHER_PACKAGE, message: 'Import packages by name, never by path.' },
          ],
        },
      ],
    },
  },
);
