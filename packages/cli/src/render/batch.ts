import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../i18n.js';
import { onInterrupt } from '../interruption.js';
import type { BatchAnswer, BatchJob, BatchWorkerData } from './batch-worker.js';
import { Progress } from './progress.js';

/**
 * Renders many files on worker threads, one per core: a county's forty department reports take as long as the
 * slowest few. Output order is completion order; each file's messages stay together.
 */
export async function renderBatch(jobs: BatchJob[], data: BatchWorkerData, lang: Lang): Promise<{ ok: number; failed: number; scripts: string[] }> {
  const size = Math.max(1, Math.min(availableParallelism(), jobs.length));
  const progress = new Progress(jobs.length, lang);
  const queue = [...jobs];
  let ok = 0;
  let failed = 0;
  const scripts = new Set<string>();
  const workers = Array.from({ length: size }, () => new Worker(new URL('./batch-worker.js', import.meta.url), { workerData: data }));
  // On Ctrl-C the workers stop first, so none starts a write after the leftovers are swept.
  const forget = onInterrupt(() => Promise.all(workers.map((w) => w.terminate())));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const job = queue.shift();
              if (job) worker.postMessage(job);
              else resolve();
            };
            worker.on('message', (a: BatchAnswer) => {
              if (a.script) scripts.add(a.script);
              if (a.ok) ok++;
              else failed++;
              progress.report(a.file, a.text);
              next();
            });
            worker.on('error', reject);
            next();
          }),
      ),
    );
  } finally {
    forget();
    await Promise.all(workers.map((w) => w.terminate()));
    progress.done();
  }
  return { ok, failed, scripts: [...scripts] };
}
