import { nodeAt, rangeOf, reportRange, type Path } from '../../parse/yaml-nodes.js';
import type { Finding, Rule, RuleContext } from '../rule.js';

function parseDate(s: unknown): Date | undefined | null {
  if (typeof s !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined; // the schema reports the form
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

const zhDate = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;

function check(ctx: RuleContext, path: Path, onDate: (d: Date, year: number) => Omit<Finding, 'range'> | undefined) {
  const raw = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], ctx.data);
  const date = parseDate(raw);
  const range = rangeOf(nodeAt(ctx.report.doc, path)) ?? reportRange(ctx.report.doc, path);
  if (date === null) {
    ctx.add({
      code: 'invalid-date',
      severity: 'error',
      range,
      message: { zh: `日期“${String(raw)}”不存在：请检查月份和日。`, en: `"${String(raw)}" is not a calendar date.` },
    });
    return;
  }
  const year = ctx.data?.year;
  if (date && typeof year === 'number') {
    const f = onDate(date, year);
    if (f) ctx.add({ ...f, range });
  }
}

/**
 * A report is published after its year ends and, under Article 24 of the regulation, before 1 April of
 * the next year; it is signed after its year ends.
 */
export const dates: Rule = {
  codes: ['invalid-date', 'published-too-early', 'published-too-late', 'signature-date'],
  check(ctx) {
    check(ctx, ['published'], (d, year) => {
      if (d.getUTCFullYear() <= year) {
        return {
          code: 'published-too-early',
          severity: 'error',
          message: {
            zh: `发布日期${zhDate(d)}早于${year}年度结束：年度报告只能在${year + 1}年发布。`,
            en: `Published ${zhDate(d)}, before the ${year} report year ends.`,
          },
        };
      }
      if (d > new Date(Date.UTC(year + 1, 2, 31))) {
        return {
          code: 'published-too-late',
          severity: 'warning',
          message: {
            zh: `发布日期${zhDate(d)}晚于期限：《法治政府建设与责任落实督察工作规定》第二十四条要求每年4月1日前向社会公开。`,
            en: `Published ${zhDate(d)}: Article 24 of the regulation requires publication before 1 April.`,
          },
        };
      }
      return undefined;
    });
    check(ctx, ['signature', 'date'], (d, year) => {
      if (d.getUTCFullYear() <= year) {
        return {
          code: 'signature-date',
          severity: 'warning',
          message: { zh: `成文日期${zhDate(d)}在${year}年度结束之前：通常应在${year + 1}年。`, en: `Signed ${zhDate(d)}, before the ${year} report year ends.` },
        };
      }
      // The report is due by 1 March and public by 1 April of the next year: a signature a year later is a slip.
      if (d.getUTCFullYear() > year + 1) {
        return {
          code: 'signature-date',
          severity: 'warning',
          message: { zh: `成文日期${zhDate(d)}已是${d.getUTCFullYear()}年：${year}年度的报告应在${year + 1}年初成文。`, en: `Signed ${zhDate(d)}: a ${year} report is signed early in ${year + 1}.` },
        };
      }
      return undefined;
    });
  },
};
