import type { Rule } from '../rule.js';

// 2023年度 anywhere, or 2023年 opening a sentence: the forms that date a whole part.
const DATED = /(\d{4})年度|(?:^|[。；\n])\s*(\d{4})年[，,]/g;

/**
 * Years that contradict the report year: the plans must be for the next year, and titles of the other
 * parts for the report year. Both slips come from copying last year's file.
 */
export const reportYears: Rule = {
  codes: ['plan-year', 'title-year'],
  check(ctx) {
    const year = ctx.data?.year;
    if (typeof year !== 'number') return;
    for (const scalar of ctx.prose()) {
      const inPlans = scalar.path[0] === 'plans';
      const isTitle = scalar.path[scalar.path.length - 1] === 'title' && scalar.path.length <= 2;
      if (!inPlans && !isTitle) continue;
      const expected = inPlans ? year + 1 : year;
      for (const m of scalar.value.matchAll(DATED)) {
        const digits = (m[1] ?? m[2]) as string;
        if (Number(digits) === expected) continue;
        const at = ctx.offsetsOf(scalar.node);
        const i = m.index + m[0].indexOf(digits);
        const range = { start: at(i), end: at(i + 3) + 1 };
        ctx.add({
          code: inPlans ? 'plan-year' : 'title-year',
          severity: 'warning',
          range,
          message: inPlans
            ? { zh: `下一年度的安排写成了${digits}年：${year}年度报告的安排应是${expected}年。`, en: `Plans dated ${digits}: the plans of a ${year} report are for ${expected}.` }
            : { zh: `标题里是${digits}年，但报告年度是${year}年。`, en: `The title says ${digits} but the report year is ${year}.` },
          fix: { title: { zh: `改为${expected}`, en: `Change to ${expected}` }, edits: [{ range, newText: String(expected) }] },
        });
      }
    }
  },
};
