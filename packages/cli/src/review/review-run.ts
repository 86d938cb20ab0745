import { dirname, join } from 'node:path';
import { joinPath } from '@fazhi/core';
import type { Lang } from '../i18n.js';
import { Progress } from '../render/progress.js';
import type { Loaded, ReviewRow } from './review-row.js';
import { WorkerPool } from '../workers/worker-pool.js';
import type { ReviewAnswer, ReviewJob, ReviewWorkerData } from './review-worker.js';

export interface ReviewOptions {
  templates: string[];
  lang: Lang;
  jumpFactor?: number;
}

/**
 * Every report's row: pass 1 loads each file on the workers (importing published ones); then each report is
 * paired with last year's (its `previous:`, or the same folder's report of the same jurisdiction a year
 * earlier, a data file before a published one) and pass 2 compares the pairs, on the same workers.
 */
export async function reviewReports(files: string[], options: ReviewOptions): Promise<ReviewRow[]> {
  const data: ReviewWorkerData = { templates: options.templates, lang: options.lang, ...(options.jumpFactor ? { jumpFactor: options.jumpFactor } : {}) };
  // One pool for both passes: the workers stay loaded between them.
  const pool = new WorkerPool<ReviewJob, ReviewAnswer>(new URL('./review-worker.js', import.meta.url), data, files.length);
  const loaded: Loaded[] = new Array(files.length);
  try {
    const progress = new Progress(files.length, options.lang);
    const loadJobs: ReviewJob[] = files.map((file, id) => ({ kind: 'load', id, file }));
    await pool.run(loadJobs, (a) => {
      loaded[a.id] = a.loaded ?? { row: { file: files[a.id] as string, kind: 'data', parts: [], errors: 1, warnings: 0, jumps: [], failure: a.failure } };
      progress.report(files[a.id] as string, '');
    });
    progress.done();

    const pairs = pairWithLastYear(loaded);
    const compareJobs: ReviewJob[] = pairs.map(([cur, prev]) => ({
      kind: 'compare',
      id: cur,
      current: { file: (loaded[cur] as Loaded).row.file, ...((loaded[cur] as Loaded).yaml ? { yaml: (loaded[cur] as Loaded).yaml } : {}) },
      previous: { file: (loaded[prev] as Loaded).row.file, ...((loaded[prev] as Loaded).yaml ? { yaml: (loaded[prev] as Loaded).yaml } : {}) },
    }));
    const second = new Progress(compareJobs.length, options.lang);
    const previousOf = new Map(pairs);
    await pool.run(compareJobs, (a) => {
      const row = (loaded[a.id] as Loaded).row;
      row.previous = (loaded[previousOf.get(a.id) as number] as Loaded).row.file;
      if (a.compared) Object.assign(row, a.compared);
      second.report(row.file, '');
    });
    second.done();
  } finally {
    await pool.close();
  }
  return loaded.map((l) => l.row);
}

/** [this year's index, last year's index] for every report whose last year is among the files. */
function pairWithLastYear(loaded: Loaded[]): Array<[number, number]> {
  const byPath = new Map(loaded.map((l, i) => [normal(l.row.file), i]));
  const byKey = new Map<string, number>();
  loaded.forEach((l, i) => {
    const { jurisdiction, year, file, failure, kind } = l.row;
    if (failure || !jurisdiction || year === undefined) return;
    const key = `${dirname(file)}\u0000${jurisdiction}\u0000${year}`;
    const there = byKey.get(key);
    if (there === undefined || (kind === 'data' && (loaded[there] as Loaded).row.kind !== 'data')) byKey.set(key, i);
  });
  const out: Array<[number, number]> = [];
  loaded.forEach((l, i) => {
    const { jurisdiction, year, file, previousNamed, failure } = l.row;
    if (failure) return;
    const named = previousNamed ? byPath.get(normal(joinPath(dirname(file), previousNamed))) : undefined;
    const found = named ?? (jurisdiction && year !== undefined ? byKey.get(`${dirname(file)}\u0000${jurisdiction}\u0000${year - 1}`) : undefined);
    if (found !== undefined && found !== i) out.push([i, found]);
  });
  return out;
}

const normal = (p: string) => join(p);
