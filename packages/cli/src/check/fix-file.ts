import { fixReport, type AppliedFix, type TemplateCatalog } from '@fazhi/core';
import { t, type Lang } from '../i18n.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { unifiedDiff } from '../output/unified-diff.js';

export interface FileFix {
  /** The text after every fix. */
  text: string;
  applied: AppliedFix[];
  /** With --dry-run: the unified diff of what --fix would write (empty when nothing would change). */
  diff?: string;
}

/**
 * `fazhi check --fix`: every fix the diagnostics carry, applied to one file and written back atomically (a crash
 * leaves the old file whole); with `dryRun`, only the diff of what would be written. The file is read as
 * UTF-8 (or a legacy encoding, said in `notes`) and written as UTF-8.
 */
export function fixFile(file: string, text: string, catalog: TemplateCatalog, options: { lang: Lang; dryRun: boolean }): FileFix {
  const result = fixReport(text, { source: file, locale: options.lang, templates: catalog });
  if (options.dryRun) return { ...result, diff: result.applied.length ? unifiedDiff(file, text, result.text) : '' };
  if (result.applied.length) writeFileAtomic(file, result.text, options.lang);
  return result;
}

/** `file:line:col  code  what changed`, one line per fix. */
export function describeFixes(file: string, fix: FileFix, lang: Lang, dryRun: boolean): string {
  const n = fix.applied.length;
  const head = dryRun
    ? t(lang, `${file}：--fix 会改 ${n} 处（--dry-run，文件没有改动）：`, `${file}: --fix would make ${n} change${n === 1 ? '' : 's'} (--dry-run; the file is unchanged):`)
    : t(lang, `${file}：已修复 ${n} 处：`, `${file}: fixed ${n} problem${n === 1 ? '' : 's'}:`);
  return [head, ...fix.applied.map((a) => `  ${file}:${a.line + 1}:${a.character + 1}  ${a.code}  ${a.title}`)].join('\n') + '\n';
}
