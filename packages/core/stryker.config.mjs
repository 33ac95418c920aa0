// Mutation testing of the sans-IO protocol layer: `npm run test:mutation` (not part of `npm test`).
// The protocol's own unit tests are the ones that must kill its mutants, so only they run.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/protocol/**/*.ts', '!src/protocol/**/*.test.ts', '!src/protocol/__fixtures__/**'],
  // Each mutant runs only the tests that cover it.
  coverageAnalysis: 'perTest',
  // Reruns only the mutants whose code or covering tests changed since the last run (`--force` for a
  // full run). The file is a local cache, kept out of git under `.artifacts/`; a `--mutate` run of one
  // folder should pass its own `--incrementalFile`, since each run rewrites the file with its mutants only.
  incremental: true,
  incrementalFile: '.artifacts/mutation/stryker-incremental.json',
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: '.artifacts/mutation/mutation.json' },
  // The default `.stryker-tmp` inside this package: Stryker rewrites the tsconfig `extends` path for that depth.
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
