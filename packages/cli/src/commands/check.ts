import { parseReport, validateReport, type Diagnostic, type LineIndex } from '@fazhi/core';
import { list, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { expandFiles } from '../input/expand-files.js';
import { readDataFile } from '../input/read-data-file.js';
import { styleFor } from '../output/style.js';
import { formatDiagnostic, lineColumn } from '../output/terminal-diagnostics.js';
import { catalogFor, withDataFolders } from '../templates.js';

export interface CheckOptions {
  files: string[];
  format: 'text' | 'json';
  lang: Lang;
  templates: string[];
}

interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  lines?: LineIndex;
  notes: string[];
  failure?: string;
}

/** `fazhi check`: every diagnostic of every file; exit 1 when any file has an error. */
export function check(options: CheckOptions): number {
  const { lang } = options;
  if (options.files.length === 0) {
    throw new UserError(t(lang, '请指定要检查的数据文件，例如：fazhi check examples/*.yaml', 'Name the data files to check, e.g. fazhi check examples/*.yaml'), 2);
  }
  const files = expandFiles(options.files, lang);
  const catalog = catalogFor(withDataFolders(options.templates, files));
  const results: FileResult[] = files.map((file) => {
    try {
      const { text, notes } = readDataFile(file, lang);
      const parsed = parseReport(text, { source: file, locale: lang });
      return { file, diagnostics: validateReport(parsed, { locale: lang, templates: catalog }), lines: parsed.lines, notes };
    } catch (err) {
      if (err instanceof UserError) return { file, diagnostics: [], notes: [], failure: err.message };
      throw err;
    }
  });
  const failed = results.some((r) => r.failure || r.diagnostics.some((d) => d.severity === 'error'));
  if (options.format === 'json') printJson(results);
  else printText(results, lang);
  return failed ? 1 : 0;
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
    for (const note of r.notes) process.stdout.write(`${style.yellow(note)}\n`);
    if (r.failure) {
      errors++;
      process.stdout.write(`${style.red(r.failure)}\n`);
      continue;
    }
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      process.stdout.write(formatDiagnostic(d, r.file, r.lines as LineIndex, style, lang) + '\n\n');
    }
  }
  const n = results.length;
  const summary = t(lang, `检查了 ${n} 个文件：${errors} 个错误，${warnings} 个警告。`, `Checked ${n} file${n === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
  process.stdout.write((errors ? style.red(summary) : warnings ? style.yellow(summary) : summary) + '\n');
}

export const checkCommand: Command = {
  name: 'check',
  summary: { zh: '检查数据文件，列出每个问题的位置和改法', en: 'check data files and list every problem with its place and fix' },
  usage: 'fazhi check <文件、文件夹或通配符…> [--format text|json] [--templates 目录] [--lang zh|en]',
  options: { format: { type: 'string', default: 'text' }, templates: { type: 'string', multiple: true } },
  run: (v, files, lang) => check({ files, format: v.format === 'json' ? 'json' : 'text', lang, templates: list(v.templates) }),
};
