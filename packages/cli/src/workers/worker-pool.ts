import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Worker threads, one per core (never more than there are jobs), kept for as many runs as the caller needs:
 * starting a worker and loading core is most of a small job's cost. Jobs go out one at a time to whichever worker
 * is free, so a few slow files do not hold up the rest. Used by batch render and by review.
 */
export class WorkerPool<Job, Answer> {
  private readonly workers: Worker[];
  private closing = false;

  constructor(script: URL, workerData: unknown, jobs: number) {
    const size = Math.max(1, Math.min(availableParallelism(), jobs));
    this.workers = Array.from({ length: size }, () => new Worker(script, { workerData }));
  }

  /** Every job once; `onAnswer` sees each answer as it comes. Rejects if a worker fails or stops mid-job. */
  async run(jobs: Job[], onAnswer: (answer: Answer) => void): Promise<void> {
    const queue = [...jobs];
    await Promise.all(this.workers.map((worker) => drain(worker, queue, onAnswer, () => this.closing)));
  }

  /** Stops the workers. A run they were busy with never settles: on Ctrl-C the process exits from its handler. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function drain<Job, Answer>(worker: Worker, queue: Job[], onAnswer: (answer: Answer) => void, closing: () => boolean): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      worker.off('message', onMessage);
      worker.off('error', done);
      worker.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const next = () => {
      const job = queue.shift();
      if (job === undefined) done();
      else worker.postMessage(job);
    };
    const onMessage = (answer: Answer) => {
      onAnswer(answer);
      next();
    };
    // A worker that stops without an error event (killed, out of its memory limit) would otherwise hang the run.
    const onExit = (code: number) => {
      if (!closing()) done(new Error(`a worker stopped (exit code ${code}) before its job was done`));
    };
    worker.on('message', onMessage);
    worker.on('error', done);
    worker.on('exit', onExit);
    next();
  });
}
