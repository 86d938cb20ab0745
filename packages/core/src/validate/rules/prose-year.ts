import type { Path } from '../../parse/yaml-nodes.js';
import type { Rule } from '../rule.js';

/** A year in prose: 2024年, 2024 年. Four digits not glued to other digits. */
const YEAR = /(?<![0-9０-９])((?:19|20)\d{2})\s?年/g;
/** Punctuation that opens a sentence (or a clause list item) before a dated year. */
const OPENER = /(?:^|[。；！？：\n]\s*)$/;
const RANGE_DASH = /[－—–\-~～至到]\s*$/;

/** How a year is used, from the text right after `Y年`. */
function usage(after: string, openerBefore: boolean): 'dated' | 'since' | 'period' | 'month' | 'other' {
  if (openerBefore && /^度?[，,]/.test(after)) return 'dated'; // 2024年，我镇…… / 2024年度，
  if (/^(?:度)?以来/.test(after)) return 'since';
  if (/^(?:度)?(?:[上下]半年|全年|一季度|第[一二三四]季度)/.test(after)) return 'period';
  if (/^\d{1,2}\s?月/.test(after)) return 'month';
  return 'other';
}

/**
 * Whether a year before the report year is clearly history: a span (2021－2025年), a document title in
 * 《》 (it often carries its years), a comparison (较2022年) or a starting point (自2019年以来).
 */
function historical(before: string, after: string, value: string, start: number): boolean {
  if (RANGE_DASH.test(before) || /^\s?年?\s?[－—–\-~～至到]\s*(?:19|20)\d{2}/.test(after)) return true;
  const open = value.lastIndexOf('《', start);
  if (open !== -1 && value.indexOf('》', open) > start) return true;
  return /(?:自|从|较|比|同比|与|和|及|截至|截止|至|到|于)\s*$/.test(before);
}

/** Strings the report-years rule already reads for years (plans, part and report titles). */
const coveredByReportYears = (path: Path) => path[0] === 'plans' || (path[path.length - 1] === 'title' && path.length <= 2);

/**
 * A year in the prose that makes no sense for the report: the work of a 2023 report is 2023's, so
 * "2024年，我镇……" or "2022年，我镇……" opening a sentence of its text is last year's file with the year
 * not changed (or changed too far), and a 2023 report cannot tell of 2024年以来 or of 2025年3月. Earlier
 * years stay quiet when they are history (spans, titles, comparisons, 自…以来); the next year stays quiet
 * unless it opens a sentence (写作时的“截至2024年2月” is honest). Plans and titles are report-years' job.
 * Reads: its own string, its path and `year`.
 */
export const proseYear: Rule = {
  codes: ['prose-year'],
  check(ctx) {
    const year = ctx.data?.year;
    if (typeof year !== 'number') return;
    for (const scalar of ctx.prose()) {
      const { value } = scalar;
      // Most strings name no year: matchAll's own regex copy per string was most of this rule's cost.
      if (!value.includes('年') || coveredByReportYears(scalar.path)) continue;
      for (const m of value.matchAll(YEAR)) {
        const digits = m[1] as string;
        const y = Number(digits);
        if (y === year) continue;
        const before = value.slice(Math.max(0, m.index - 6), m.index);
        const after = value.slice(m.index + m[0].length, m.index + m[0].length + 6);
        const use = usage(after, OPENER.test(value.slice(0, m.index).slice(-3)) || m.index === 0);
        const wrong =
          y > year
            ? use === 'dated' || use === 'since' || use === 'period' || (use === 'month' && y > year + 1)
            : use === 'dated' && !historical(before, after, value, m.index);
        if (!wrong) continue;
        const at = ctx.offsetsOf(scalar.node);
        const range = { start: at(m.index), end: at(m.index + 3) + 1 };
        ctx.add({
          code: 'prose-year',
          severity: 'warning',
          range,
          message:
            y > year
              ? { zh: `正文写的是${digits}年，但这是${year}年度的报告：${year}年度的工作不会发生在${digits}年。是去年的文字没改年份吗？`, en: `The text names ${digits}, but this is the ${year} report: its work cannot date from ${digits}.` }
              : { zh: `这句以“${digits}年”开头，但这是${year}年度的报告：像是往年报告的文字。若写的是往年情况，请写明（如“自${digits}年以来”）。`, en: `This sentence opens with ${digits}, but this is the ${year} report: it reads like an earlier year's text.` },
          // Only a later year opening a sentence has one right answer (last year's text, year moved on once
          // too often, or a slip); an earlier one may be history told badly, and a month or period needs more.
          ...(use === 'dated' && y > year ? { fix: { title: { zh: `改为${year}`, en: `Change to ${year}` }, edits: [{ range, newText: String(year) }] } } : {}),
        });
      }
    }
  },
};
