import { mkdirSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { list, TEMPLATES_HELP, TEMPLATES_OPTION, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { styleFor } from '../output/style.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { reviewCsv } from '../review/review-csv.js';
import { reviewFiles } from '../review/review-files.js';
import { reviewHtml } from '../review/review-html.js';
import { reviewReports } from '../review/review-run.js';
import { jumpFactor } from '../years/jump-factor.js';

/** `fazhi review <folder>`: the reviewer's roll-up of many reports, as a sortable HTML page and a CSV. */
async function review(paths: string[], options: { out: string; templates: string[]; jumpFactor?: number }, lang: Lang): Promise<number> {
  if (paths.length === 0) throw new UserError(t(lang, '请指定要审阅的文件夹，例如：fazhi review 报告/2023/', 'Name the folder to review, e.g. fazhi review reports/2023/'), 2);
  const out = resolve(options.out);
  // The roll-up of an earlier run, written inside the folder, is not a report.
  const files = reviewFiles(paths, lang).filter((f) => !resolve(f).startsWith(out + sep));
  const started = Date.now();
  const rows = await reviewReports(files, { templates: options.templates, lang, ...(options.jumpFactor ? { jumpFactor: options.jumpFactor } : {}) });
  mkdirSync(out, { recursive: true });
  const title = t(lang, `法治政府建设年度报告审阅：${paths.map((p) => basename(resolve(p))).join('、')}`, `Annual reports review: ${paths.map((p) => basename(resolve(p))).join(', ')}`);
  writeFileAtomic(join(out, 'review.html'), reviewHtml(rows, lang, title), lang);
  writeFileAtomic(join(out, 'review.csv'), reviewCsv(rows, lang), lang);
  const style = styleFor(process.stdout);
  const late = rows.filter((r) => (r.publishedLate ?? 0) > 0 || (r.signedLate ?? 0) > 0).length;
  const recycled = rows.filter((r) => (r.recycledShare ?? 0) >= 0.3).length;
  const missing = rows.filter((r) => r.parts.length < 4).length;
  const unreadable = rows.filter((r) => r.failure).length;
  const jumps = rows.filter((r) => r.jumps.length).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    t(
      lang,
      `审阅了 ${rows.length} 份报告（${seconds} 秒）：逾期 ${late}，照搬去年 30% 以上 ${recycled}，缺必备部分 ${missing}，数字突变 ${jumps}，无法读取 ${unreadable}。\n`,
      `Reviewed ${rows.length} reports (${seconds} s): ${late} late, ${recycled} recycled ≥30%, ${missing} missing parts, ${jumps} with figure jumps, ${unreadable} unreadable.\n`,
    ) + style.dim(`${join(options.out, 'review.html')}\n${join(options.out, 'review.csv')}\n`),
  );
  return 0;
}

export const reviewCommand: Command = {
  name: 'review',
  summary: { zh: '审阅一个文件夹的报告：逾期、缺部分、照搬去年、数字突变（HTML 和 CSV）', en: 'review a folder of reports: late, missing parts, recycled, figure jumps (HTML and CSV)' },
  help: {
    args: { zh: '<文件夹…> [选项]', en: '<folders…> [options]' },
    options: {
      out: { value: { zh: '文件夹', en: 'folder' }, text: { zh: '写 review.html 和 review.csv 的文件夹', en: 'where review.html and review.csv go' }, default: { zh: 'out/review', en: 'out/review' } },
      'jump-factor': { value: { zh: '倍数', en: 'factor' }, text: { zh: '与去年相比数字变化超过这个倍数时列出', en: 'list figures that changed by this factor from last year' }, default: { zh: '5', en: '5' } },
      ...TEMPLATES_HELP,
    },
    examples: [
      { command: 'fazhi review packages/core/test/years/fixtures/', text: { zh: '审阅一个文件夹里的全部报告', en: 'review every report in a folder' } },
      { command: 'fazhi review examples/ --out out/审阅', text: { zh: '把审阅结果写到指定文件夹', en: 'write the roll-up to a given folder' } },
    ],
  },
  options: { out: { type: 'string', default: 'out/review' }, 'jump-factor': { type: 'string' }, ...TEMPLATES_OPTION },
  run: (v, paths, lang) => review(paths, { out: v.out as string, templates: list(v.templates), jumpFactor: jumpFactor(v['jump-factor'], lang) }, lang),
};
