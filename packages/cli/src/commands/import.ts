import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { importedPackId, importReport, unknownTemplate } from '@fazhi/core';
import { isPackId } from '@fazhi/schema';
import { list, TEMPLATES_HELP, TEMPLATES_OPTION, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { usageLine } from '../help/format-help.js';
import { t, type Lang } from '../i18n.js';
import { readReportFile } from '../input/read-report.js';
import { styleFor } from '../output/style.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { catalogFor } from '../templates.js';

/** `fazhi import`: last year's published report → a data file to start this year's from. */
async function run(values: Record<string, unknown>, files: string[], lang: Lang): Promise<number> {
  const [file, ...extra] = files;
  if (!file || extra.length) throw new UserError(t(lang, `请指定一个要导入的报告文件。用法：${usageLine(importCommand, lang)}`, `Name one report file to import. Usage: ${usageLine(importCommand, lang)}`), 2);
  const catalog = catalogFor(list(values.templates));
  const template = typeof values.template === 'string' ? values.template : undefined;
  if (template && !catalog.has(template)) {
    const { zh, en } = unknownTemplate(template, catalog.ids());
    throw new UserError(t(lang, zh, en), 2);
  }
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) {
    throw new UserError(t(lang, `--year 要写四位数的年度，例如 --year 2024（不是“${String(values.year)}”）。用法：${usageLine(importCommand, lang)}`, `--year takes a four-digit year, e.g. --year 2024 (not “${String(values.year)}”). Usage: ${usageLine(importCommand, lang)}`), 2);
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
  } else if (learn && typeof values['new-template'] === 'string') {
    const pct = `${((result.packCloseness ?? 0) * 100).toFixed(1)}%`;
    process.stderr.write(
      result.packCloseness === 1
        ? t(lang, `没有写新模板 ${learn.id}：模板 ${result.templateId} 已能原样印出这份报告。\n`, `No new pack ${learn.id} written: ${result.templateId} already prints this report as published.\n`)
        : t(lang, `没有写新模板 ${learn.id}：按原文推断的格式并不比模板 ${result.templateId}（相似度 ${pct}）更接近原文。\n`, `No new pack ${learn.id} written: the format inferred from the report comes no closer than ${result.templateId} (${pct} similar).\n`),
    );
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

/**
 * Where a pack inferred from the report goes: `--new-template <id>` puts it in the templates folder (the first
 * --templates folder, else ./templates); without it, a pack is inferred only when the data file is written, into
 * templates/ beside it, under an id made from the file name. An existing pack folder is kept unless --force.
 */
function packPlace(values: Record<string, unknown>, out: string, ids: string[], lang: Lang): { id: string; dir: string } | undefined {
  const asked = typeof values['new-template'] === 'string' ? values['new-template'] : undefined;
  if (asked !== undefined && !isPackId(asked)) {
    throw new UserError(t(lang, `--new-template 的编号只能用小写字母、数字和短横线，例如 --new-template shiyi-county（不是“${asked}”）。`, `--new-template takes an id of lower-case letters, digits and hyphens, e.g. shiyi-county (not “${asked}”).`), 2);
  }
  if (asked === undefined && out === '-') return undefined;
  const root = asked !== undefined ? resolve(list(values.templates)[0] ?? 'templates') : join(dirname(out), 'templates');
  const id = asked ?? importedPackId(basename(out), (taken) => ids.includes(taken) || existsSync(join(root, taken)));
  const dir = join(root, id);
  if (existsSync(dir) && !values.force) {
    throw new UserError(t(lang, `模板文件夹 ${dir} 已经存在。要覆盖它，请加 --force；或换一个编号。`, `The pack folder ${dir} already exists. Add --force to overwrite it, or choose another id.`));
  }
  return { id, dir };
}

export const importCommand: Command = {
  name: 'import',
  summary: { zh: '把已发布的报告（txt、docx、doc、wps、pdf、html、mht）导入为数据文件', en: 'import a published report (txt, docx, doc, wps, pdf, html, mht) into a data file' },
  help: {
    args: { zh: '<报告.docx|.doc|.wps|.pdf|.html|.mht|.txt> [选项]', en: '<report.docx|.doc|.wps|.pdf|.html|.mht|.txt> [options]' },
    options: {
      out: {
        value: { zh: '文件|-', en: 'file|-' },
        text: { zh: '数据文件写到哪里；- 表示标准输出', en: 'where the data file goes; - for standard output' },
        default: { zh: '报告旁边，同名 .yaml', en: 'beside the report, same name with .yaml' },
      },
      template: { value: { zh: '模板', en: 'pack' }, text: { zh: '按哪个模板的结构导入', en: 'the template pack whose structure to import into' }, default: { zh: '按报告的结构自动选择', en: 'chosen from the report’s structure' } },
      year: { value: { zh: '年度', en: 'year' }, text: { zh: '新报告的年度：标题随之改动，仍写着旧年度的句子逐条标出', en: 'the new report’s year: titles move to it, every sentence still naming the old year is flagged' }, default: { zh: '原报告的年度', en: 'the imported report’s year' } },
      'new-template': { value: { zh: '编号', en: 'id' }, text: { zh: '没有模板能原样印出这份报告时，按原文推断的新模板写到模板文件夹，用这个编号', en: 'when no pack prints the report as published, the pack inferred from it goes to the templates folder under this id' }, default: { zh: '写到数据文件旁边的 templates/ 里', en: 'into templates/ beside the data file' } },
      force: { text: { zh: '覆盖已有的数据文件（和推断出的模板文件夹）', en: 'overwrite an existing data file (and inferred pack folder)' } },
      ...TEMPLATES_HELP,
    },
    examples: [
      { command: 'fazhi import 去年的报告.docx', text: { zh: '导入去年的 Word 报告，写出 去年的报告.yaml', en: 'import last year’s Word report into a data file of the same name beside it' } },
      { command: 'fazhi import examples/seeds/haian-2023.txt --out - --template haian-dev-zone', text: { zh: '按指定模板导入文本报告，输出到标准输出', en: 'import a text report with a given pack, to standard output' } },
    ],
  },
  options: { out: { type: 'string', short: 'o' }, template: { type: 'string' }, year: { type: 'string' }, 'new-template': { type: 'string' }, force: { type: 'boolean' }, ...TEMPLATES_OPTION },
  run,
};
