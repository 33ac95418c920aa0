import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of `src/protocol`: the protocol's unit tests, without
 * the property-based fuzz suite and the chunking and truncation properties of the recorded streams
 * (thousands of decodes per mutant would not fit CI's time; the example tests must kill the mutants). Standalone
 * (no shared config import): Stryker runs it from a sandbox copy of this package.
 */
export default defineConfig({
  test: {
    include: ['src/protocol/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'src/protocol/fuzz.test.ts', 'src/protocol/stream-properties.test.ts'],
    testTimeout: 20_000,
  },
});
