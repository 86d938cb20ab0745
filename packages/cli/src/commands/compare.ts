import { resolve } from 'node:path';
import { compareHtml, compareYears, readPrevious, type PreviousReport } from '@fazhi/core';
import { list, TEMPLATES_HELP, TEMPLATES_OPTION, type Command } from '../command.js';
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
  help: {
    args: { zh: '<去年的文件> <今年的文件> [选项]', en: '<last year’s file> <this year’s file> [options]' },
    options: {
      html: { value: { zh: '文件', en: 'file' }, text: { zh: '另存一份可以单独打开的 HTML 对比页', en: 'also write the comparison as a self-contained HTML page' } },
      'jump-factor': { value: { zh: '倍数', en: 'factor' }, text: { zh: '数字变化超过这个倍数时标出', en: 'mark figures that changed by this factor' }, default: { zh: '5', en: '5' } },
      ...TEMPLATES_HELP,
    },
    examples: [
      { command: 'fazhi compare packages/core/test/years/fixtures/tanggu-2023.yaml packages/core/test/years/fixtures/tanggu-2024.yaml', text: { zh: '在终端里对比两年的报告', en: 'compare two years in the terminal' } },
      { command: 'fazhi compare packages/core/test/years/fixtures/wanyuan-2022.yaml packages/core/test/years/fixtures/wanyuan-2023.yaml --html out/对比.html', text: { zh: '同时生成 HTML 对比页', en: 'also write the HTML page' } },
    ],
  },
  options: { html: { type: 'string' }, 'jump-factor': { type: 'string' }, ...TEMPLATES_OPTION },
  run: (v, files, lang) => compare(files, { html: v.html as string | undefined, templates: list(v.templates), jumpFactor: jumpFactor(v['jump-factor'], lang) }, lang),
};
