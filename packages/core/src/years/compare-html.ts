import type { Locale } from '../validate/diagnostic.js';
import { escapeHtml } from '../write/html-escape.js';
import type { YearComparison } from './compare-years.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const change = (ratio: number) => (ratio === Infinity ? '—' : `${ratio >= 1 ? '+' : ''}${Math.round((ratio - 1) * 100)}%`);

/**
 * Two years of a report side by side as one self-contained page (no script, no external file): what
 * `fazhi compare --html` writes and what the editor's 与去年对比 shows beside the YAML.
 */
export function compareHtml(cmp: YearComparison, locale: Locale = 'zh'): string {
  const L = (zh: string, en: string) => escapeHtml(locale === 'en' ? en : zh);
  const e = escapeHtml;
  const who = cmp.current.jurisdiction ?? cmp.previous.jurisdiction ?? '';
  const y0 = cmp.previous.year ?? '?';
  const y1 = cmp.current.year ?? '?';
  const unanswered = cmp.plans.filter((p) => !p.answeredBy).length;
  const jumps = cmp.figures.filter((f) => f.jumped).length;
  const rows = (cells: string[][]) => cells.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('\n');
  return `<!doctype html>
<html lang="${locale === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(who)} ${y0} → ${y1}</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5rem auto;max-width:70rem;padding:0 1rem;color:#222}
h1{font-size:1.4rem} h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f4f4f4} .bad{color:#b00020;font-weight:bold} .ok{color:#1b7a2f} .muted{color:#777}
.summary span{display:inline-block;margin-right:1.5rem} .num{text-align:right;font-variant-numeric:tabular-nums}
</style></head><body>
<h1>${e(who)}：${y0} → ${y1} ${L('年度报告对比', 'report comparison')}</h1>
<p class="summary"><span>${L('照搬去年文字', 'Recycled')}：<b class="${cmp.recycled.share >= 0.3 ? 'bad' : ''}">${pct(cmp.recycled.share)}</b>（${cmp.recycled.passages.length} ${L('处', 'passages')}）</span>
<span>${L('去年安排无下文', 'Plans unanswered')}：<b class="${unanswered ? 'bad' : 'ok'}">${unanswered}/${cmp.plans.length}</b></span>
<span>${L('数字突变', 'Figure jumps')}：<b class="${jumps ? 'bad' : 'ok'}">${jumps}</b></span></p>
<p class="muted">${L('去年', 'Last year')}：${e(cmp.previous.source)}<br>${L('今年', 'This year')}：${e(cmp.current.source)}</p>
<h2>${L('各部分', 'Parts')}</h2>
<table><thead><tr><th>${L('部分', 'Part')}</th><th>${y0}</th><th>${y1}</th></tr></thead><tbody>
${rows(cmp.parts.map((p) => [L(p.title.zh, p.title.en), p.previous ? '✓' : '<span class="muted">—</span>', p.current ? '✓' : '<span class="bad">—</span>']))}
</tbody></table>
<h2>${L('数字', 'Figures')}</h2>
${cmp.figures.length ? `<table><thead><tr><th>${L('名称', 'Name')}</th><th class="num">${y0}</th><th class="num">${y1}</th><th class="num">${L('变化', 'Change')}</th></tr></thead><tbody>
${rows(cmp.figures.map((f) => [`${e(f.label ?? f.name)}${f.label ? ` <span class="muted">${e(f.name)}</span>` : ''}`, `<span class="num">${f.previous}</span>`, `<span class="num">${f.current}</span>`, f.jumped ? `<span class="bad">${change(f.ratio)} ⚠</span>` : change(f.ratio)]))}
</tbody></table>` : `<p class="muted">${L('两年没有同名的数字。', 'No figure has the same name in both years.')}</p>`}
<h2>${L('去年的安排和今年的落实', 'Last year’s plans and this year’s follow-up')}</h2>
${cmp.plans.length ? `<table><thead><tr><th>${L('去年的安排', 'Plan')}</th><th>${L('今年', 'This year')}</th></tr></thead><tbody>
${rows(cmp.plans.map((p) => [e(p.plan), p.answeredBy ? `${p.inShortcomings ? L('列入不足：', 'Listed as not done: ') : L('已落实：', 'Answered: ')}${e(p.answeredBy)}` : `<span class="bad">${L('没有下文', 'No answer')}</span>`]))}
</tbody></table>` : `<p class="muted">${L('去年的报告没有可识别的安排。', 'Last year’s report has no plans to follow.')}</p>`}
<h2>${L('照搬的段落', 'Recycled passages')}</h2>
${cmp.recycled.passages.length ? `<table><thead><tr><th>${y1}</th><th>${y0}</th><th class="num">${L('相同', 'Alike')}</th></tr></thead><tbody>
${rows(cmp.recycled.passages.map((p) => [e(p.current.text), e(p.previous.text), `<span class="num">${pct(p.similarity)}</span>`]))}
</tbody></table>` : `<p class="ok">${L('没有照搬去年的段落。', 'Nothing carried over from last year.')}</p>`}
</body></html>
`;
}
