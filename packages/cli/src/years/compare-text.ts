import type { YearComparison } from '@fazhi/core';
import { t, type Lang } from '../i18n.js';
import type { Style } from '../output/style.js';
import { terminalSafe } from '../output/terminal-safe.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const clip = (s: string, n = 40) => terminalSafe(s.length > n ? `${s.slice(0, n)}……` : s);

/** `fazhi compare` in the terminal: the same sections as the HTML page, one line per entry. */
export function compareText(cmp: YearComparison, style: Style, lang: Lang): string {
  const y0 = cmp.previous.year ?? '?';
  const y1 = cmp.current.year ?? '?';
  const out: string[] = [style.bold(`${terminalSafe(cmp.current.jurisdiction ?? '')} ${y0} → ${y1}`), ''];
  out.push(style.bold(t(lang, '各部分', 'Parts')));
  for (const p of cmp.parts) {
    const mark = (has: boolean) => (has ? '✓' : '—');
    out.push(`  ${t(lang, p.title.zh, p.title.en).padEnd(10, '　')}  ${y0} ${mark(p.previous)}   ${y1} ${p.current ? '✓' : style.red('—')}`);
  }
  out.push('', style.bold(t(lang, '数字', 'Figures')));
  if (!cmp.figures.length) out.push(`  ${t(lang, '两年没有同名的数字。', 'No figure has the same name in both years.')}`);
  for (const f of cmp.figures) {
    const change = f.ratio === Infinity ? '—' : `${f.ratio >= 1 ? '+' : ''}${Math.round((f.ratio - 1) * 100)}%`;
    const line = `  ${terminalSafe(f.label ?? f.name)}: ${f.previous} → ${f.current} (${change})`;
    out.push(f.jumped ? style.yellow(`${line}  ⚠ ${t(lang, `变化超过${cmp.jumpFactor}倍`, `beyond ×${cmp.jumpFactor}`)}`) : line);
  }
  out.push('', style.bold(t(lang, '去年的安排', 'Last year’s plans')));
  if (!cmp.plans.length) out.push(`  ${t(lang, '去年的报告没有可识别的安排。', 'Last year’s report has no plans to follow.')}`);
  for (const p of cmp.plans) {
    if (!p.answeredBy) out.push(style.yellow(`  ✗ ${clip(p.plan)}  ${t(lang, '今年没有下文', 'no answer this year')}`));
    else out.push(`  ✓ ${clip(p.plan)}  ← ${p.inShortcomings ? t(lang, '列入不足：', 'listed as not done: ') : ''}${clip(p.answeredBy, 24)}`);
  }
  out.push('', style.bold(t(lang, `照搬去年的文字：${pct(cmp.recycled.share)}，${cmp.recycled.passages.length} 处`, `Recycled from last year: ${pct(cmp.recycled.share)}, ${cmp.recycled.passages.length} passages`)));
  for (const p of cmp.recycled.passages) {
    out.push(`  ${y1}: ${clip(p.current.text)}`, style.dim(`  ${y0}: ${clip(p.previous.text)}  (${pct(p.similarity)})`));
  }
  return out.join('\n') + '\n';
}
