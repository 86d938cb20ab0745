import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { importReport, unknownTemplate } from '@fazhi/core';
import { list, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { readReportFile } from '../input/read-report.js';
import { styleFor } from '../output/style.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { catalogFor } from '../templates.js';

const USAGE = 'fazhi import <报告.txt|.docx|.doc|.wps|.pdf|.html|.mht> [--out 数据.yaml|-] [--template 模板] [--year 年度] [--force] [--templates 目录]';

/** `fazhi import`: last year's published report → a data file to start this year's from. */
async function run(values: Record<string, unknown>, files: string[], lang: Lang): Promise<number> {
  const [file, ...extra] = files;
  if (!file || extra.length) throw new UserError(t(lang, `请指定一个要导入的报告文件。用法：${USAGE}`, `Name one report file to import. Usage: ${USAGE}`), 2);
  const catalog = catalogFor(list(values.templates));
  const template = typeof values.template === 'string' ? values.template : undefined;
  if (template && !catalog.has(template)) {
    const { zh, en } = unknownTemplate(template, catalog.ids());
    throw new UserError(t(lang, zh, en), 2);
  }
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) {
    throw new UserError(t(lang, `--year 要写四位数的年度，例如 --year 2024（不是“${String(values.year)}”）。用法：${USAGE}`, `--year takes a four-digit year, e.g. --year 2024 (not “${String(values.year)}”). Usage: ${USAGE}`), 2);
  }
  const out = typeof values.out === 'string' ? values.out : join(dirname(file), `${basename(file, extname(file))}.yaml`);
  if (out !== '-' && existsSync(out) && !values.force) {
    throw new UserError(t(lang, `${out} 已经存在。要覆盖它，请加 --force；或用 --out 指定别的文件名。`, `${out} already exists. Add --force to overwrite it, or choose another name with --out.`));
  }

  const { text, notes } = await readReportFile(file, lang);
  const result = importReport(text, { catalog, fileName: basename(file), template, locale: lang, year });
  const style = styleFor(process.stderr);
  for (const note of notes) process.stderr.write(`${style.yellow(note)}\n`);
  for (const w of result.warnings) process.stderr.write(`${style.yellow(t(lang, `提示：${w}`, `note: ${w}`))}\n`);
  if (out === '-') {
    process.stdout.write(result.yaml);
    return 0;
  }
  writeFileAtomic(out, result.yaml, lang);
  const shown = relative(process.cwd(), out) || out;
  process.stdout.write(
    t(
      lang,
      `已导入 ${file} → ${shown}（模板 ${result.templateId}${result.warnings.length ? `，${result.warnings.length} 条提示` : ''}）。下一步：fazhi check ${shown}\n`,
      `Imported ${file} → ${shown} (template ${result.templateId}${result.warnings.length ? `, ${result.warnings.length} note(s)` : ''}). Next: fazhi check ${shown}\n`,
    ),
  );
  return 0;
}

export const importCommand: Command = {
  name: 'import',
  summary: { zh: '把已发布的报告（txt、docx、doc、wps、pdf、html、mht）导入为数据文件', en: 'import a published report (txt, docx, doc, wps, pdf, html, mht) into a data file' },
  usage: USAGE,
  options: { out: { type: 'string', short: 'o' }, template: { type: 'string' }, year: { type: 'string' }, force: { type: 'boolean' }, templates: { type: 'string', multiple: true } },
  run,
};
