import { positional, type TemplateHelper } from './helper.js';

/**
 * YYYY-MM-DD (or a Date, as YAML may give) → 2024年3月19日, the form official documents print. Anything else
 * prints as written: a malformed date is the writer's to fix and validation already says so (invalid-date).
 */
export function chineseDate(value: unknown): string {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim());
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

export const cnDate: TemplateHelper = {
  name: 'cn-date',
  doc: '中文日期：{{cn-date signature.date}} → 2024年3月19日',
  params: [{ name: 'date', zh: '日期，写作 YYYY-MM-DD', en: 'a date written YYYY-MM-DD' }],
  fn: (...args: unknown[]) => chineseDate(positional(args)[0]),
};
