import type { Lang } from '../i18n.js';
import type { ReviewRow } from './review-row.js';

/** The columns of the roll-up, shared by the CSV and the HTML page. */
export const COLUMNS: ReadonlyArray<{ key: string; zh: string; en: string; value: (r: ReviewRow) => string | number | undefined }> = [
  { key: 'file', zh: '文件', en: 'File', value: (r) => r.file },
  { key: 'jurisdiction', zh: '地区', en: 'Jurisdiction', value: (r) => r.jurisdiction },
  { key: 'year', zh: '年度', en: 'Year', value: (r) => r.year },
  { key: 'template', zh: '格式', en: 'Template', value: (r) => r.template ?? (r.kind === 'published' ? '(导入)' : undefined) },
  { key: 'parts', zh: '必备部分', en: 'Required parts', value: (r) => `${r.parts.length}/4` },
  { key: 'errors', zh: '错误', en: 'Errors', value: (r) => r.errors },
  { key: 'warnings', zh: '警告', en: 'Warnings', value: (r) => r.warnings },
  { key: 'signed', zh: '成文日期', en: 'Signed', value: (r) => r.signed },
  { key: 'signedLate', zh: '报送逾期天数', en: 'Days past 1 March', value: (r) => (r.signedLate !== undefined ? Math.max(0, r.signedLate) : undefined) },
  { key: 'published', zh: '发布日期', en: 'Published', value: (r) => r.published },
  { key: 'publishedLate', zh: '公开逾期天数', en: 'Days past 31 March', value: (r) => (r.publishedLate !== undefined ? Math.max(0, r.publishedLate) : undefined) },
  { key: 'recycledShare', zh: '照搬去年', en: 'Recycled', value: (r) => (r.recycledShare !== undefined ? Math.round(r.recycledShare * 100) : undefined) },
  { key: 'plansUnanswered', zh: '安排无下文', en: 'Plans unanswered', value: (r) => r.plansUnanswered },
  { key: 'jumps', zh: '数字突变', en: 'Figure jumps', value: (r) => r.jumps.join('；') || undefined },
  { key: 'failure', zh: '无法读取', en: 'Unreadable', value: (r) => r.failure },
];

const quote = (v: string | number | undefined) => {
  const s = v === undefined ? '' : String(v);
  // A cell starting with = + - @ would be a formula in a spreadsheet: data from report files must stay text.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The roll-up as CSV for spreadsheets: UTF-8 with a byte-order mark, so Excel and WPS read the Chinese right. */
export function reviewCsv(rows: ReviewRow[], lang: Lang): string {
  const head = COLUMNS.map((c) => quote(lang === 'en' ? c.en : c.zh)).join(',');
  return `\uFEFF${[head, ...rows.map((r) => COLUMNS.map((c) => quote(c.value(r))).join(','))].join('\r\n')}\r\n`;
}
