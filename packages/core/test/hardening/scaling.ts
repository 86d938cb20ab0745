import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect } from 'vitest';

// A full collection before each timed run: otherwise the garbage of the runs before is collected during whichever
// run happens to fill the heap (mostly the bigger size's), and the ratio measures the collector, not the job.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * A benchmark-style check that work grows linearly with the input: run the same job on n and 2n, a few times
 * each, interleaved (so a burst of load from other processes hits both sizes alike), and compare the fastest runs.
 * Linear work doubles; quadratic work quadruples. The bar is a ratio, never a wall-clock time, so it holds on
 * a slow or busy machine. The sizes are chosen so one run takes tens of milliseconds or more: below that,
 * timer noise and JIT warm-up dominate. Both sizes are warmed up (the first run of the bigger one also pays for
 * heap growth), and each size's fastest run counts: load from other processes only ever adds time, so the minimum
 * is the run closest to the work itself (a median still moved ×3 under a load of 10 on 2 cores).
 */
export const MAX_RATIO = 2.5;

export function scalingRatio(make: (n: number) => string, job: (input: string) => unknown, n: number, runs = 5): { ratio: number; small: number; big: number } {
  const inputs = [make(n), make(2 * n)] as const;
  job(inputs[0]); // warm-up: compile the code paths before timing them
  job(inputs[1]);
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < runs; r++) {
    for (const i of [0, 1] as const) {
      collect();
      const start = performance.now();
      job(inputs[i]);
      times[i].push(performance.now() - start);
    }
  }
  const small = Math.min(...times[0]);
  const big = Math.min(...times[1]);
  return { ratio: big / small, small, big };
}

/** Asserts linear growth, with the timings in the failure message. */
export function expectLinear(make: (n: number) => string, job: (input: string) => unknown, n: number, runs = 5): void {
  const { ratio, small, big } = scalingRatio(make, job, n, runs);
  expect(ratio, `n=${n}: ${small.toFixed(1)} ms, 2n: ${big.toFixed(1)} ms (×${ratio.toFixed(2)})`).toBeLessThanOrEqual(MAX_RATIO);
}
