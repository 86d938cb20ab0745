import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';

/** A file's identity: its real path when it exists (so `a.yaml`, `./a.yaml` and a link to it are one file). */
function identity(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return resolve(file);
  }
}

/** The data files without repeats: one file named twice (`d/ d/a.yaml`) renders once, to its one output. */
export function withoutRepeats(files: string[]): string[] {
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(identity(f)) && Boolean(seen.add(identity(f))));
}

/**
 * Output paths that name one file on some system: equal after Unicode normalisation and case folding, as
 * Windows' and macOS's file systems compare names (`Report.txt` and `report.txt`, `é` composed or not).
 */
const outputKey = (path: string) => resolve(path).normalize('NFC').toLowerCase();

const shown = (p: string) => {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') ? rel : p;
};

/**
 * Refuses, before anything is written, a batch in which two data files would be rendered to one output path
 * (`2023/report.yaml 2024/report.yaml --out o/`: the second would silently replace the first), or in which an
 * output would replace one of the data files. Every clash is named: both inputs and the output.
 */
export function refuseCollisions(jobs: ReadonlyArray<{ file: string; target: string }>, lang: Lang): void {
  const byOutput = new Map<string, { file: string; target: string }>();
  const inputs = new Map(jobs.map((j) => [outputKey(identity(j.file)), j.file]));
  const clashes: string[] = [];
  for (const job of jobs) {
    const data = inputs.get(outputKey(job.target)) ?? inputs.get(outputKey(identity(job.target)));
    if (data !== undefined) {
      clashes.push(t(lang, `  ${shown(job.file)} 的输出 ${shown(job.target)} 会覆盖数据文件 ${shown(data)}`, `  ${shown(job.file)} would be written over the data file ${shown(data)}`));
    }
    const key = outputKey(job.target);
    const first = byOutput.get(key);
    if (!first) {
      byOutput.set(key, job);
      continue;
    }
    const sameName = resolve(first.target) === resolve(job.target);
    const how = sameName ? '' : t(lang, `（与 ${shown(first.target)} 只差大小写或 Unicode 写法，在 Windows 和 macOS 上是同一个文件）`, ` (the same file as ${shown(first.target)} on Windows and macOS, which ignore case and Unicode form)`);
    clashes.push(t(lang, `  ${shown(first.file)} 和 ${shown(job.file)} 都会写到 ${shown(job.target)}${how}`, `  ${shown(first.file)} and ${shown(job.file)} would both be written to ${shown(job.target)}${how}`));
  }
  if (clashes.length === 0) return;
  throw new UserError(
    [
      t(lang, '输出文件冲突，什么也没有写出：', 'Output files clash; nothing was written:'),
      ...clashes,
      t(
        lang,
        '后写的会替换先写的（或替换数据文件），内容就丢了。请把同名的数据文件分开渲染（各用一个 --out 文件夹）、给其中一个改名，或换一个 --out。',
        'The later write would replace the earlier one (or the data file), and that content would be lost. Render same-named data files separately (one --out folder each), rename one, or choose another --out.',
      ),
    ].join('\n'),
    2,
  );
}
