import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { importReport, unknownTemplate } from '@fazhi/core';
import { list, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { readReportFile } from '../input/read-report.js';
import { styleFor } from '../output/style.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { catalogFor } from '../templates.js';

const USAGE = 'fazhi import <报告.txt|.docx|.doc|.wps|.pdf|.html|.mht> [--out 数据.yaml|-] [--template 模板] [--year 年度] [--new-template 编号] [--force] [--templates 目录]';

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

  const learn = template ? undefined : packPlace(values, out, catalog.ids(), lang);

  const { text, notes } = await readReportFile(file, lang);
  const result = importReport(text, { catalog, fileName: basename(file), template, locale: lang, year, ...(learn ? { learnFormat: { id: learn.id } } : {}) });
  const style = styleFor(process.stderr);
  for (const note of notes) process.stderr.write(`${style.yellow(note)}\n`);
  for (const w of result.warnings) process.stderr.write(`${style.yellow(t(lang, `提示：${w}`, `note: ${w}`))}\n`);
  if (result.newPack && learn) {
    mkdirSync(learn.dir, { recursive: true });
    writeFileAtomic(join(learn.dir, 'template.yaml'), result.newPack.yaml, lang);
    const where = relative(process.cwd(), learn.dir) || learn.dir;
    // check and render look in templates/ beside a data file, so the pack works from any working folder.
    process.stderr.write(t(lang, `新模板 ${result.newPack.id} 写在 ${where}（按原文的格式推断；可以修改）。\n`, `New pack ${result.newPack.id} written to ${where} (inferred from the report's format; edit it as you like).\n`));
  }
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

const PACK_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Where a pack inferred from the report goes: `--new-template <id>` puts it in the templates folder (the first
 * --templates folder, else ./templates); without it, a pack is inferred only when the data file is written, into
 * templates/ beside it, under an id made from the file name. An existing pack folder is kept unless --force.
 */
function packPlace(values: Record<string, unknown>, out: string, ids: string[], lang: Lang): { id: string; dir: string } | undefined {
  const asked = typeof values['new-template'] === 'string' ? values['new-template'] : undefined;
  if (asked !== undefined && !PACK_ID.test(asked)) {
    throw new UserError(t(lang, `--new-template 的编号只能用小写字母、数字和短横线，例如 --new-template shiyi-county（不是“${asked}”）。`, `--new-template takes an id of lower-case letters, digits and hyphens, e.g. shiyi-county (not “${asked}”).`), 2);
  }
  if (asked === undefined && out === '-') return undefined;
  const root = asked !== undefined ? resolve(list(values.templates)[0] ?? 'templates') : join(dirname(out), 'templates');
  const base = asked ?? `imported-${basename(out, extname(out)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'report'}`;
  let id = base;
  for (let n = 2; asked === undefined && (ids.includes(id) || existsSync(join(root, id))); n++) id = `${base}-${n}`;
  const dir = join(root, id);
  if (existsSync(dir) && !values.force) {
    throw new UserError(t(lang, `模板文件夹 ${dir} 已经存在。要覆盖它，请加 --force；或换一个编号。`, `The pack folder ${dir} already exists. Add --force to overwrite it, or choose another id.`));
  }
  return { id, dir };
}

export const importCommand: Command = {
  name: 'import',
  summary: { zh: '把已发布的报告（txt、docx、doc、wps、pdf、html、mht）导入为数据文件', en: 'import a published report (txt, docx, doc, wps, pdf, html, mht) into a data file' },
  usage: USAGE,
  options: { out: { type: 'string', short: 'o' }, template: { type: 'string' }, year: { type: 'string' }, 'new-template': { type: 'string' }, force: { type: 'boolean' }, templates: { type: 'string', multiple: true } },
  run,
};
