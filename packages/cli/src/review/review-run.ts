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
 * paired with last year's (pairWithLastYear) and pass 2 compares the pairs, on the same workers.
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

/**
 * [this year's index, last year's index] for every report whose last year is among the files: the one `previous:`
 * names, else the same jurisdiction's report of the year before in the same folder, else in any folder reviewed (a
 * reviewer's reports are often kept by year, 报告/2022/ beside 报告/2023/, and a published report names no
 * `previous:`). Among several, a data file before a published one, then the first in file order.
 */
function pairWithLastYear(loaded: Loaded[]): Array<[number, number]> {
  const byPath = new Map(loaded.map((l, i) => [normal(l.row.file), i]));
  const inFolder = new Map<string, number>();
  const anywhere = new Map<string, number>();
  const keep = (map: Map<string, number>, key: string, i: number) => {
    const there = map.get(key);
    if (there === undefined || ((loaded[i] as Loaded).row.kind === 'data' && (loaded[there] as Loaded).row.kind !== 'data')) map.set(key, i);
  };
  loaded.forEach((l, i) => {
    const { jurisdiction, year, file, failure } = l.row;
    if (failure || !jurisdiction || year === undefined) return;
    keep(inFolder, `${dirname(file)}\u0000${jurisdiction}\u0000${year}`, i);
    keep(anywhere, `${jurisdiction}\u0000${year}`, i);
  });
  const out: Array<[number, number]> = [];
  loaded.forEach((l, i) => {
    const { jurisdiction, year, file, previousNamed, failure } = l.row;
    if (failure) return;
    const named = previousNamed ? byPath.get(normal(joinPath(dirname(file), previousNamed))) : undefined;
    const found =
      named ??
      (jurisdiction && year !== undefined
        ? (inFolder.get(`${dirname(file)}\u0000${jurisdiction}\u0000${year - 1}`) ?? anywhere.get(`${jurisdiction}\u0000${year - 1}`))
        : undefined);
    if (found !== undefined && found !== i) out.push([i, found]);
  });
  return out;
}

const normal = (p: string) => join(p);
