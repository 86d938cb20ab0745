import { statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';

/** What a reviewer's folder holds: data files, and published reports in the forms core's importer reads (and PDF). */
const PATTERN = '**/*.{yaml,yml,docx,html,htm,txt,pdf}';

/** Every report file under the folders (or the files) named, in a stable order. */
export function reviewFiles(paths: string[], lang: Lang): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) throw new UserError(t(lang, `找不到“${p}”。`, `"${p}" does not exist.`));
    if (st.isFile()) out.push(p);
    else out.push(...globSync(PATTERN, { cwd: p, onlyFiles: true, ignore: ['**/node_modules/**'], caseSensitiveMatch: false }).sort().map((f) => `${p.replace(/\/+$/, '')}/${f}`));
  }
  if (out.length === 0) throw new UserError(t(lang, `“${paths.join(' ')}”里没有报告文件（.yaml、.docx、.pdf、.html、.txt）。`, `No report files (.yaml, .docx, .pdf, .html, .txt) in "${paths.join(' ')}".`));
  return [...new Set(out)];
}
