import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../i18n.js';
import { catalogFor } from '../templates.js';
import { compareLoaded, loadReport, type Loaded } from './review-row.js';

/** A job for a review worker: load one report (pass 1) or compare one with last year's (pass 2). */
export type ReviewJob =
  | { kind: 'load'; id: number; file: string }
  | { kind: 'compare'; id: number; current: { file: string; yaml?: string }; previous: { file: string; yaml?: string } };
export type ReviewAnswer = { id: number; loaded?: Loaded; compared?: ReturnType<typeof compareLoaded>; failure?: string };
export interface ReviewWorkerData {
  templates: string[];
  lang: Lang;
  jumpFactor?: number;
}

const { templates, lang, jumpFactor } = workerData as ReviewWorkerData;
const catalog = catalogFor(templates);

parentPort?.on('message', async (job: ReviewJob) => {
  let answer: ReviewAnswer;
  try {
    answer = job.kind === 'load' ? { id: job.id, loaded: await loadReport(job.file, catalog, lang) } : { id: job.id, compared: compareLoaded(job.current, job.previous, lang, jumpFactor) };
  } catch (err) {
    // One report's unexpected failure is its row's, not the roll-up's.
    answer = { id: job.id, failure: (err as Error).message };
  }
  parentPort?.postMessage(answer);
});
