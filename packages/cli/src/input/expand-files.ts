import { statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';

const GLOB_CHARS = /[*?[\]{}]/;

/** Files named on the command line, with globs expanded, in a stable order and without repeats. */
export function expandFiles(patterns: string[], lang: Lang, cwd = process.cwd()): string[] {
  const files: string[] = [];
  for (const p of patterns) {
    const isDir = !GLOB_CHARS.test(p) && statSync(p, { throwIfNoEntry: false })?.isDirectory();
    if (!GLOB_CHARS.test(p) && !isDir) {
      files.push(p);
      continue;
    }
    const pattern = isDir ? `${p.replace(/\/+$/, '')}/**/*.{yaml,yml}` : p;
    const matched = globSync(pattern, { cwd, onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
    if (matched.length === 0) throw new UserError(t(lang, `没有文件匹配“${p}”。`, `No files match "${p}".`));
    files.push(...matched);
  }
  return [...new Set(files)];
}
