import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { importReport, unknownTemplate } from '@fazhi/core';
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
  const out = typeof values.out === 'string' ? values.out : join(dirname(file), `${basename(file, extname(file))}.yaml`);
  if (out !== '-' && existsSync(out) && !values.force) {
    throw new UserError(t(lang, `${out} 已经存在。要覆盖它，请加 --force；或用 --out 指定别的文件名。`, `${out} already exists. Add --force to overwrite it, or choose another name with --out.`));
  }

  const { text, notes } = await readReportFile(file, lang);
  const result = importReport(text, { catalog, fileName: basename(file), template, locale: lang });
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
  summary: { zh: '把已发布的报告（txt、docx、html）导入为数据文件', en: 'import a published report (txt, docx, html) into a data file' },
  help: {
    args: { zh: '<报告.docx|.txt|.html> [选项]', en: '<report.docx|.txt|.html> [options]' },
    options: {
      out: {
        value: { zh: '文件|-', en: 'file|-' },
        text: { zh: '数据文件写到哪里；- 表示标准输出', en: 'where the data file goes; - for standard output' },
        default: { zh: '报告旁边，同名 .yaml', en: 'beside the report, same name with .yaml' },
      },
      template: { value: { zh: '模板', en: 'pack' }, text: { zh: '按哪个模板的结构导入', en: 'the template pack whose structure to import into' }, default: { zh: '按报告的结构自动选择', en: 'chosen from the report’s structure' } },
      force: { text: { zh: '覆盖已有的数据文件', en: 'overwrite an existing data file' } },
      ...TEMPLATES_HELP,
    },
    examples: [
      { command: 'fazhi import 去年的报告.docx', text: { zh: '导入去年的 Word 报告，写出 去年的报告.yaml', en: 'import last year’s Word report into a data file of the same name beside it' } },
      { command: 'fazhi import examples/seeds/haian-2023.txt --out - --template haian-dev-zone', text: { zh: '按指定模板导入文本报告，输出到标准输出', en: 'import a text report with a given pack, to standard output' } },
    ],
  },
  options: { out: { type: 'string', short: 'o' }, template: { type: 'string' }, force: { type: 'boolean' }, ...TEMPLATES_OPTION },
  run,
};
