import { defineConfig } from 'vitest/config';

// Tests run from src/ of every workspace package (the "source" export condition), no build needed.
export default defineConfig({
  resolve: { conditions: ['source', 'module', 'node', 'default'] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'default'] } },
  test: { include: ['test/**/*.test.ts'] },
});
