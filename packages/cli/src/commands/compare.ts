import { resolve } from 'node:path';
import { compareHtml, compareYears, readPrevious, type PreviousReport } from '@fazhi/core';
import { list, type Command } from '../command.js';
import { asUserError, UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { checkDataFile } from '../input/read-data-file.js';
import { styleFor } from '../output/style.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { catalogFor } from '../templates.js';
import { jumpFactor } from '../years/jump-factor.js';
import { compareText } from '../years/compare-text.js';
import { nodePreviousHost } from '../years/node-previous.js';

/** `fazhi compare <last year> <this year>`: parts, figures with change, plans and their follow-up, recycled text. */
async function compare(files: string[], options: { html?: string; templates: string[]; jumpFactor?: number }, lang: Lang): Promise<number> {
  if (files.length !== 2) {
    throw new UserError(t(lang, '请给出去年和今年两个文件，例如：fazhi compare 2023.yaml 2024.yaml', 'Name last year’s and this year’s files, e.g. fazhi compare 2023.yaml 2024.yaml'), 2);
  }
  const catalog = catalogFor(options.templates);
  const [before, after] = await Promise.all(files.map((f) => read(f, catalog, lang)));
  const cmp = compareYears((after as PreviousReport).parsed, files[1] as string, before as PreviousReport, options.jumpFactor ? { jumpFactor: options.jumpFactor } : {});
  process.stdout.write(compareText(cmp, styleFor(process.stdout), lang));
  if (options.html) {
    const target = resolve(options.html);
    writeFileAtomic(target, compareHtml(cmp, lang), lang);
    process.stdout.write(t(lang, `\n已生成 ${options.html}\n`, `\nWrote ${options.html}\n`));
  }
  return 0;
}

async function read(file: string, catalog: ReturnType<typeof catalogFor>, lang: Lang): Promise<PreviousReport> {
  checkDataFile(file, lang);
  try {
    const report = await readPrevious(file, nodePreviousHost, { catalog, locale: lang });
    if (report) return report;
  } catch (err) {
    throw asUserError(err);
  }
  throw new UserError(t(lang, `读不出 ${file}。`, `Cannot read ${file}.`));
}

export const compareCommand: Command = {
  name: 'compare',
  summary: { zh: '两年的报告对比：各部分、数字变化、去年安排的落实、照搬的文字', en: 'two years side by side: parts, figures, plans followed up, recycled text' },
  usage: 'fazhi compare <去年的文件> <今年的文件> [--html 对比.html] [--jump-factor 5] [--templates 目录] [--lang zh|en]',
  options: { html: { type: 'string' }, templates: { type: 'string', multiple: true }, 'jump-factor': { type: 'string' } },
  run: (v, files, lang) => compare(files, { html: v.html as string | undefined, templates: list(v.templates), jumpFactor: jumpFactor(v['jump-factor'], lang) }, lang),
};
