import { escapeHtml } from '@fazhi/core';
import type { Lang } from '../i18n.js';
import type { ReviewRow } from './review-row.js';

/** A bar chart as inline SVG: one bar per bucket, its count above it. */
function bars(title: string, buckets: Array<{ label: string; count: number; bad?: boolean }>): string {
  const w = 36;
  const h = 120;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const width = buckets.length * (w + 8) + 8;
  const rects = buckets
    .map((b, i) => {
      const bh = Math.round((b.count / max) * (h - 20));
      const x = 8 + i * (w + 8);
      return `<rect x="${x}" y="${h - bh}" width="${w}" height="${bh}" fill="${b.bad ? '#c0392b' : '#4a7ab5'}"><title>${escapeHtml(`${b.label}: ${b.count}`)}</title></rect><text x="${x + w / 2}" y="${h - bh - 3}" font-size="10" text-anchor="middle">${b.count}</text><text x="${x + w / 2}" y="${h + 13}" font-size="10" text-anchor="middle">${escapeHtml(b.label)}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${h + 36}" viewBox="0 0 ${width} ${h + 36}"><text x="8" y="${h + 32}" font-size="11" font-weight="bold">${escapeHtml(title)}</text>${rects}</svg>`;
}

/** The distributions a reviewer looks at first: how much is recycled, and how late reports were published. */
export function reviewChart(rows: ReviewRow[], lang: Lang): string {
  const L = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const shares = rows.filter((r) => r.recycledShare !== undefined).map((r) => r.recycledShare as number);
  const recycled = [0, 0.1, 0.3, 0.5, 0.7].map((lo, i, all) => {
    const hi = all[i + 1] ?? 1.01;
    return { label: `${Math.round(lo * 100)}–${Math.round(Math.min(hi, 1) * 100)}%`, count: shares.filter((s) => s >= lo && s < hi).length, bad: lo >= 0.3 };
  });
  const late = rows.map((r) => r.publishedLate);
  const lateness = [
    { label: L('按时', 'on time'), count: late.filter((d) => d !== undefined && d <= 0).length },
    { label: L('≤30天', '≤30 d'), count: late.filter((d) => d !== undefined && d > 0 && d <= 30).length, bad: true },
    { label: L('>30天', '>30 d'), count: late.filter((d) => d !== undefined && d > 30).length, bad: true },
    { label: L('未写', 'none'), count: late.filter((d) => d === undefined).length },
  ];
  return `<div class="charts">${bars(L('照搬去年文字的比例', 'Share recycled from last year'), recycled)}${bars(L('公开日期（4月1日前）', 'Publication (due 1 April)'), lateness)}</div>`;
}
