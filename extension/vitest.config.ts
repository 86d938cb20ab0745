import { defineConfig } from 'vitest/config';

// Unit tests run from the sources of the workspace packages (the "source" export condition). The end-to-end test
// (test/e2e) drives a real VS Code and runs only under `pnpm test:e2e`, which sets FAZHI_E2E.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'default'] } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    reporters: ['default', ['json', { outputFile: 'test-output/vitest.json' }]],
  },
});
