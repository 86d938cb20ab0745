import { cnDate } from './cn-date.js';
import { cnNumeral } from './cn-numeral.js';
import { arabicNumber, itemNumber, parenArabic, partNumber, pointNumber } from './enumerators.js';
import { figure } from './figure.js';
import type { TemplateHelper } from './helper.js';
import { and, eq, not, or } from './logic.js';
import { nextYear } from './next-year.js';
import { pointEnd, punctuate } from './punctuate.js';

/** Every helper a template may call. `fazhi templates lint` checks templates against this list. */
export const TEMPLATE_HELPERS: readonly TemplateHelper[] = [
  cnNumeral,
  partNumber,
  itemNumber,
  pointNumber,
  arabicNumber,
  parenArabic,
  cnDate,
  nextYear,
  figure,
  punctuate,
  pointEnd,
  eq,
  not,
  and,
  or,
];

export type { HelperParam, TemplateHelper } from './helper.js';
export { chineseDate } from './cn-date.js';
