import { parseReport, validateReport, type Diagnostic, type LineIndex } from '@fazhi/core';
import { describeFixes, fixFile, type FileFix } from '../check/fix-file.js';
import { list, TEMPLATES_HELP, TEMPLATES_OPTION, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { expandFiles } from '../input/expand-files.js';
import { readDataFile } from '../input/read-data-file.js';
import { styleFor } from '../output/style.js';
import { terminalSafe } from '../output/terminal-safe.js';
import { formatDiagnostic, lineColumn } from '../output/terminal-diagnostics.js';
import { catalogFor, withDataFolders } from '../templates.js';
import { jumpFactor } from '../years/jump-factor.js';
import { previousFor } from '../years/node-previous.js';

export interface CheckOptions {
  files: string[];
  format: 'text' | 'json';
  lang: Lang;
  templates: string[];
  /** A figure that changed by this factor from last year is a warning. */
  jumpFactor?: number;
  /** Apply every fix in place first (--fix); with dryRun, print the diff instead (--dry-run). */
  fix?: boolean;
  dryRun?: boolean;
}

interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  lines?: LineIndex;
  /** Line tables of the other files related locations point into (last year's report). */
  related?: Map<string, LineIndex>;
  notes: string[];
  failure?: string;
  fixed?: FileFix;
}

/** `fazhi check`: every diagnostic of every file; exit 1 when any file has an error. */
export async function check(options: CheckOptions): Promise<number> {
  const { lang } = options;
  if (options.files.length === 0) {
    throw new UserError(t(lang, '请指定要检查的数据文件，例如：fazhi check examples/*.yaml', 'Name the data files to check, e.g. fazhi check examples/*.yaml'), 2);
  }
  const files = expandFiles(options.files, lang);
  const catalog = catalogFor(withDataFolders(options.templates, files));
  const fixing = options.fix || options.dryRun ? { lang, dryRun: Boolean(options.dryRun) } : undefined;
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      const { text: read, notes } = readDataFile(file, lang);
      const fixed = fixing ? fixFile(file, read, catalog, fixing) : undefined;
      const text = fixed && !fixing?.dryRun ? fixed.text : read;
      const parsed = parseReport(text, { source: file, locale: lang });
      const previous = await previousFor(file, parsed.data, catalog, lang);
      const related = new Map(previous.report?.locatable ? [[previous.report.source, previous.report.parsed.lines]] : []);
      const diagnostics = validateReport(parsed, { locale: lang, templates: catalog, previous, ...(options.jumpFactor ? { jumpFactor: options.jumpFactor } : {}) });
      results.push({ file, diagnostics, lines: parsed.lines, related, notes, fixed });
    } catch (err) {
      if (err instanceof UserError) results.push({ file, diagnostics: [], notes: [], failure: err.message });
      else throw err;
    }
  }
  if (fixing?.dryRun) return printDiffs(results, lang);
  // What --fix changed goes first, and to standard error with --format json, so standard output stays JSON.
  const fixes = results.filter((r) => r.fixed?.applied.length).map((r) => describeFixes(r.file, r.fixed as FileFix, lang, false));
  if (fixes.length) (options.format === 'json' ? process.stderr : process.stdout).write(fixes.join('') + (options.format === 'json' ? '' : '\n'));
  const failed = results.some((r) => r.failure || r.diagnostics.some((d) => d.severity === 'error'));
  if (options.format === 'json') printJson(results);
  else printText(results, lang);
  return failed ? 1 : 0;
}

/**
 * `--dry-run`: the unified diff of every file --fix would change on standard output (a patch `git apply` takes),
 * what each change is on standard error. Exit 1 when there is something to fix, as `diff` does.
 */
function printDiffs(results: FileResult[], lang: Lang): number {
  let changed = 0;
  for (const r of results) {
    if (r.failure) process.stderr.write(`${r.failure}\n`);
    if (!r.fixed?.diff) continue;
    changed++;
    process.stdout.write(r.fixed.diff);
    process.stderr.write(describeFixes(r.file, r.fixed, lang, true));
  }
  if (!changed) process.stderr.write(t(lang, '没有可以自动修复的问题。\n', 'Nothing to fix automatically.\n'));
  return changed || results.some((r) => r.failure) ? 1 : 0;
}

function printJson(results: FileResult[]) {
  const rows = results.flatMap((r) =>
    r.failure
      ? [{ file: r.file, severity: 'error', code: 'unreadable', message: r.failure }]
      : r.diagnostics.map((d) => {
          const lines = r.lines as LineIndex;
          const start = lineColumn(lines, d.range.start);
          const end = lineColumn(lines, d.range.end);
          return { file: r.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ...d };
        }),
  );
  process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
}

function printText(results: FileResult[], lang: Lang) {
  const style = styleFor(process.stdout);
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    for (const note of r.notes) process.stdout.write(`${style.yellow(terminalSafe(note))}\n`);
    if (r.failure) {
      errors++;
      process.stdout.write(`${style.red(terminalSafe(r.failure))}\n`);
      continue;
    }
    r.diagnostics.forEach((d, i) => {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      if (i < MAX_PRINTED_PER_FILE) process.stdout.write(formatDiagnostic(d, r.file, r.lines as LineIndex, style, lang) + relatedLines(d, r.related, lang) + '\n\n');
    });
    const first = r.diagnostics[MAX_PRINTED_PER_FILE];
    if (first) process.stdout.write(notPrinted(r.diagnostics.slice(MAX_PRINTED_PER_FILE), `${terminalSafe(r.file)}:${lineColumn(r.lines as LineIndex, first.range.start).line}`, lang) + '\n\n');
  }
  const n = results.length;
  const summary = t(lang, `检查了 ${n} 个文件：${errors} 个错误，${warnings} 个警告。`, `Checked ${n} file${n === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
  process.stdout.write((errors ? style.red(summary) : warnings ? style.yellow(summary) : summary) + '\n');
}

/**
 * Findings printed per file, as the language server publishes (features/diagnostics.ts): a broken or hostile file
 * can yield 100,000, which nobody reads past the first screenfuls and which took longer to print than to find. The
 * summary still counts them all, `--format json` lists them all, and one line says how many were left out.
 */
export const MAX_PRINTED_PER_FILE = 1000;

function notPrinted(rest: readonly Diagnostic[], where: string, lang: Lang): string {
  const errors = rest.filter((d) => d.severity === 'error').length;
  return t(
    lang,
    `${where} 起还有 ${rest.length} 条问题没有列出（其中 ${errors} 个错误；每个文件最多列出 ${MAX_PRINTED_PER_FILE} 条）：先改正上面的，再检查一次；--format json 列出全部。`,
    `${rest.length} more problems from ${where} are not listed (${errors} of them errors; at most ${MAX_PRINTED_PER_FILE} are listed per file): fix the ones above and check again; --format json lists them all.`,
  );
}

/** “去年：file:line:col  what is there” under a finding about last year's report. */
function relatedLines(d: Diagnostic, lines: Map<string, LineIndex> | undefined, lang: Lang): string {
  return (d.related ?? [])
    .map((r) => {
      const index = lines?.get(r.source);
      const at = index ? `:${lineColumn(index, r.range.start).line}:${lineColumn(index, r.range.start).column}` : '';
      return `\n${' '.repeat(8)}${t(lang, '去年：', 'last year: ')}${r.source}${at}  ${r.message}`;
    })
    .join('');
}

export const checkCommand: Command = {
  name: 'check',
  summary: { zh: '检查数据文件，列出每个问题的位置和改法', en: 'check data files and list every problem with its place and fix' },
  help: {
    args: { zh: '<文件、文件夹或通配符…> [选项]', en: '<files, folders or globs…> [options]' },
    options: {
      format: { value: { zh: 'text|json', en: 'text|json' }, text: { zh: '输出格式：text 给人看，json 给程序用', en: 'output: text for people, json for programs' }, default: { zh: 'text', en: 'text' } },
      fix: { text: { zh: '把能确定改法的问题（全角冒号、拼错的键名等）直接改在文件里，并列出改了什么', en: 'apply every unambiguous fix (full-width colon, misspelt key…) in place, and list what changed' } },
      'dry-run': { text: { zh: '只显示 --fix 会怎么改（统一差异格式），不写文件', en: 'show what --fix would change as a unified diff, and write nothing' } },
      'jump-factor': { value: { zh: '倍数', en: 'factor' }, text: { zh: '与去年报告相比，数字变化超过这个倍数时警告（figure-jump）', en: 'warn when a figure changed by this factor from last year’s report (figure-jump)' }, default: { zh: '5', en: '5' } },
      ...TEMPLATES_HELP,
    },
    examples: [
      { command: 'fazhi check examples/', text: { zh: '检查文件夹里的每个数据文件', en: 'check every data file in a folder' } },
      { command: 'fazhi check 万源市-2024.yaml --fix --dry-run', text: { zh: '看看 --fix 会改哪些地方', en: 'see what --fix would change' } },
      { command: 'fazhi check examples/haian-2023.yaml --format json', text: { zh: '以 JSON 输出，供其他程序读取', en: 'JSON output, for other programs' } },
    ],
  },
  options: { format: { type: 'string', default: 'text' }, fix: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, 'jump-factor': { type: 'string' }, ...TEMPLATES_OPTION },
  run: (v, files, lang) =>
    check({ files, format: v.format === 'json' ? 'json' : 'text', lang, templates: list(v.templates), fix: Boolean(v.fix), dryRun: Boolean(v['dry-run']), jumpFactor: jumpFactor(v['jump-factor'], lang) }),
};
