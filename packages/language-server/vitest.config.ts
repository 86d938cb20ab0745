import { defineConfig } from 'vitest/config';

// Tests run from src/ of every workspace package (the "source" export condition), no build needed.
// The JSON report feeds the one-line summary that `npm test` prints at the end (scripts/test-summary.mjs).
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'default'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // Tests start the built server as a child process; on a loaded 2-core machine that takes a while.
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-output/vitest.json' }]],
  },
});
