// The worker pool behind batch render and review, with real worker threads.
import { describe, expect, test } from 'vitest';
import { WorkerPool } from '../src/workers/worker-pool.js';

const script = new URL('./fixtures/workers/echo-worker.mjs', import.meta.url);

describe('WorkerPool', () => {
  test('answers every job once, and can run again on the same workers', async () => {
    const pool = new WorkerPool<number | string, number>(script, undefined, 50);
    try {
      const first: number[] = [];
      await pool.run(Array.from({ length: 50 }, (_, i) => i), (a) => first.push(a));
      expect(first.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
      const second: number[] = [];
      await pool.run([7, 8], (a) => second.push(a));
      expect(second.sort()).toEqual([14, 16]);
    } finally {
      await pool.close();
    }
  });

  test('a worker that stops mid-job fails the run instead of leaving it waiting forever', async () => {
    const pool = new WorkerPool<number | string, number>(script, undefined, 1);
    try {
      await expect(pool.run([1, 'exit', 2], () => undefined)).rejects.toThrow(/exit code 3/);
    } finally {
      await pool.close();
    }
  });

  test('closing the pool (Ctrl-C) stops the workers without failing the run it interrupts', async () => {
    const pool = new WorkerPool<number | string, number>(script, undefined, 1);
    let settled = false;
    void pool.run(['hang'], () => undefined).finally(() => (settled = true));
    await pool.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(settled).toBe(false);
  });
});
