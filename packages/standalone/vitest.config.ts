import { defineConfig } from 'vitest/config';

// The JSON report feeds the one-line summary that `npm test` prints at the end (scripts/test-summary.mjs).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // npm installs the tarball, then the installed programs start as child processes: slow on a loaded machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: 'test-output/vitest.json' }]],
  },
});
