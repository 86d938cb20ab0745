import { HelperError, positional, type TemplateHelper } from './helper.js';

/** The plans part is about the year after the report year. */
export const nextYear: TemplateHelper = {
  name: 'next-year',
  doc: '下一年：{{next-year year}} → 2024（year 为 2023 时）',
  params: [{ name: 'year', zh: '年份，通常是 year', en: 'a year, usually year' }],
  fn: (...args: unknown[]) => {
    const year = Number(positional(args)[0]);
    if (!Number.isInteger(year)) throw new HelperError('next-year 需要一个年份', 'next-year needs a year');
    return year + 1;
  },
};
