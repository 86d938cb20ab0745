import type { Lang } from '../i18n.js';
import { onInterrupt } from '../interruption.js';
import { WorkerPool } from '../workers/worker-pool.js';
import type { BatchAnswer, BatchJob, BatchWorkerData } from './batch-worker.js';
import { Progress } from './progress.js';

/**
 * Renders many files on worker threads, one per core: a county's forty department reports take as long as the
 * slowest few. Output order is completion order; each file's messages stay together.
 */
export async function renderBatch(jobs: BatchJob[], data: BatchWorkerData, lang: Lang): Promise<{ ok: number; failed: number; scripts: string[] }> {
  const progress = new Progress(jobs.length, lang);
  let ok = 0;
  let failed = 0;
  const scripts = new Set<string>();
  const pool = new WorkerPool<BatchJob, BatchAnswer>(new URL('./batch-worker.js', import.meta.url), data, jobs.length);
  // On Ctrl-C the workers stop first, so none starts a write after the leftovers are swept.
  const forget = onInterrupt(() => pool.close());
  try {
    await pool.run(jobs, (a) => {
      if (a.script) scripts.add(a.script);
      if (a.ok) ok++;
      else failed++;
      progress.report(a.file, a.text);
    });
  } finally {
    forget();
    await pool.close();
    progress.done();
  }
  return { ok, failed, scripts: [...scripts] };
}
