import { expect } from 'vitest';

/**
 * A benchmark-style check that work grows linearly with the input: run the same job on n and 2n, a few times
 * each, interleaved (so a burst of load from other processes hits both sizes alike), and compare the medians.
 * Linear work doubles; quadratic work quadruples. The bar is a ratio, never a wall-clock time, so it holds on
 * a slow or busy machine. The sizes are chosen so one run takes tens of milliseconds or more: below that,
 * timer noise and JIT warm-up dominate.
 */
export const MAX_RATIO = 2.5;

export function scalingRatio(make: (n: number) => string, job: (input: string) => unknown, n: number, runs = 5): { ratio: number; small: number; big: number } {
  const inputs = [make(n), make(2 * n)] as const;
  job(inputs[0]); // warm-up: compile the code paths before timing them
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < runs; r++) {
    for (const i of [0, 1] as const) {
      const start = performance.now();
      job(inputs[i]);
      times[i].push(performance.now() - start);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const small = median(times[0]);
  const big = median(times[1]);
  return { ratio: big / small, small, big };
}

/** Asserts linear growth, with the timings in the failure message. */
export function expectLinear(make: (n: number) => string, job: (input: string) => unknown, n: number, runs = 5): void {
  const { ratio, small, big } = scalingRatio(make, job, n, runs);
  expect(ratio, `n=${n}: ${small.toFixed(1)} ms, 2n: ${big.toFixed(1)} ms (×${ratio.toFixed(2)})`).toBeLessThanOrEqual(MAX_RATIO);
}
