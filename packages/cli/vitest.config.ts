import { defineConfig } from 'vitest/config';

// Tests run from src/ of every workspace package (the "source" export condition), no build needed.
// The JSON report feeds the one-line summary that `npm test` prints at the end (scripts/test-summary.mjs).
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'default'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // Tests start the built CLI as a child process; on a loaded 2-core machine that takes a while.
    testTimeout: 30_000,
    // One test file at a time: the bad-input catalogue renders megabyte-sized hostile files in a batch on worker
    // threads while other files start LibreOffice and Chromium; run side by side they once starved a batch worker
    // (a V8 out-of-memory in a fresh clone's CI run). Sequential files keep each one's resources its own.
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'test-output/vitest.json' }]],
  },
});
