import { expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs benchmark module without types
import { measure } from '../bench/driver/measure.mjs';
import { REPO } from './lsp-client.js';

// The language-server benchmark's own driver (bench/driver/), run briefly against the built server: every figure
// docs/performance.md records comes out of it. It asserts that the figures exist, never how fast they are.
it('measures open, completion, edits and peak memory of the built server', async () => {
  const run = await measure({
    server: `"${process.execPath}" "${REPO}packages/language-server/bin/fazhi-language-server.mjs" --stdio`,
    file: `${REPO}templates/national/example.yaml`,
    settings: { fazhi: { files: ['**/*.yaml'] } },
    completionAt: ['2:11'],
    completionReps: 3,
    edits: 2,
    settleMs: 50,
  });
  expect(run.errors).toEqual([]);
  expect(run.open.first_diagnostics_ms).toBeGreaterThan(0);
  expect(run.completion).toMatchObject([{ at: '2:11', n: 3 }]);
  expect(run.completion[0].items).toBeGreaterThan(0);
  expect(run.edits).toMatchObject({ n: 2 });
  expect(run.edits.median).toBeGreaterThan(0);
  if (process.platform === 'linux') expect(run.peak_rss_kb).toBeGreaterThan(10 * 1024);
}, 120_000);
