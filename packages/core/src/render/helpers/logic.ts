import { positional, type TemplateHelper } from './helper.js';

/**
 * Comparisons and logic for `{{#if}}`, so an override can branch on a part or a count in one line
 * (`{{#if (eq key "plans")}}`) instead of copying a parent's partial with a flag added.
 */
export const eq: TemplateHelper = {
  name: 'eq',
  doc: '相等：{{#if (eq key "plans")}} → 两个值相同时为真（数字与数字、文字与文字比较）',
  params: [
    { name: 'a', zh: '第一个值', en: 'the first value' },
    { name: 'b', zh: '第二个值', en: 'the second value' },
  ],
  fn: (...args: unknown[]) => {
    const [a, b] = positional(args);
    return a === b || (typeof a === 'number' && String(a) === b) || (typeof b === 'number' && String(b) === a);
  },
};

export const not: TemplateHelper = {
  name: 'not',
  doc: '取反：{{#if (not thematic)}} → 值为空、假或 0 时为真',
  params: [{ name: 'value', zh: '要取反的值', en: 'the value to negate' }],
  fn: (...args: unknown[]) => !truthy(positional(args)[0]),
};

export const and: TemplateHelper = {
  name: 'and',
  doc: '并且：{{#if (and show.signature signature)}} → 每个值都不为空时为真',
  params: [{ name: 'values', zh: '一个或多个值', en: 'one or more values', rest: true }],
  fn: (...args: unknown[]) => positional(args).every(truthy),
};

export const or: TemplateHelper = {
  name: 'or',
  doc: '或者：{{#if (or intro points.length)}} → 任一值不为空时为真',
  params: [{ name: 'values', zh: '一个或多个值', en: 'one or more values', rest: true }],
  fn: (...args: unknown[]) => positional(args).some(truthy),
};

/** Handlebars' own idea of truth: an empty list is false too. */
function truthy(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : Boolean(v);
}
