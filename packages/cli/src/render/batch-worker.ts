import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../i18n.js';
import { styleWith } from '../output/style.js';
import { catalogFor } from '../templates.js';
import { describeResult } from './describe-result.js';
import { formatById } from './formats.js';
import { renderFile } from './render-file.js';

/** One job: render `file` to `target`. The worker answers with what to print, so nothing unclonable crosses threads. */
export interface BatchJob {
  file: string;
  target: string;
}
export interface BatchAnswer {
  file: string;
  ok: boolean;
  text: string;
  script?: string;
}
export interface BatchWorkerData {
  format: string;
  templates: string[];
  lang: Lang;
  color: boolean;
}

const { format: formatId, templates, lang, color } = workerData as BatchWorkerData;
const format = formatById(formatId);
const catalog = catalogFor(templates);
const style = styleWith(color);

parentPort?.on('message', async (job: BatchJob) => {
  let answer: BatchAnswer;
  try {
    if (!format) throw new Error(`unknown format ${formatId}`);
    const r = await renderFile(job.file, format, job.target, catalog, lang);
    answer = { file: job.file, ok: r.output !== undefined, text: describeResult(r, lang, style), script: r.script };
  } catch (err) {
    // One file's unexpected failure must not take the batch down; it is reported and counted.
    answer = { file: job.file, ok: false, text: `${job.file}：${lang === 'en' ? 'internal error' : '内部错误'}：${(err as Error).message}\n` };
  }
  parentPort?.postMessage(answer);
});
