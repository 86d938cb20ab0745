import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReviewAnswer, ReviewJob, ReviewWorkerData } from './review-worker.js';

/**
 * Review workers, one per core, kept for both passes (starting a worker and loading core is most of a small
 * job's cost). Jobs go out one at a time to whichever worker is free, as in batch render.
 */
export class ReviewPool {
  private readonly workers: Worker[];

  constructor(data: ReviewWorkerData, size: number) {
    const n = Math.max(1, Math.min(availableParallelism(), size));
    this.workers = Array.from({ length: n }, () => new Worker(new URL('./review-worker.js', import.meta.url), { workerData: data }));
  }

  async run(jobs: ReviewJob[], onAnswer: (answer: ReviewAnswer) => void): Promise<void> {
    const queue = [...jobs];
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const job = queue.shift();
              if (job) worker.postMessage(job);
              else {
                worker.off('message', onMessage);
                worker.off('error', reject);
                resolve();
              }
            };
            const onMessage = (a: ReviewAnswer) => {
              onAnswer(a);
              next();
            };
            worker.on('message', onMessage);
            worker.on('error', reject);
            next();
          }),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
