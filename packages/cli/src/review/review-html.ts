import { escapeHtml } from '@fazhi/core';
import type { Lang } from '../i18n.js';
import { COLUMNS } from './review-csv.js';
import type { ReviewRow } from './review-row.js';
import { reviewChart } from './review-chart.js';

/** Sorting by a header click: numbers as numbers, blanks last, a second click reverses. Inline: no CDN. */
const SORT_SCRIPT = `
document.querySelectorAll('th[data-col]').forEach(function (th) {
  th.addEventListener('click', function () {
    var table = th.closest('table'), body = table.tBodies[0], col = Number(th.dataset.col);
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].dataset.v, y = b.cells[col].dataset.v;
      if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
      var nx = Number(x), ny = Number(y);
      var c = isNaN(nx) || isNaN(ny) ? x.localeCompare(y, 'zh') : nx - ny;
      return c * dir;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});`;

/** The reviewer's page: a summary, a chart, and one sortable row per report. One file, nothing fetched. */
export function reviewHtml(rows: ReviewRow[], lang: Lang, title: string): string {
  const L = (zh: string, en: string) => escapeHtml(lang === 'en' ? en : zh);
  const late = rows.filter((r) => (r.publishedLate ?? 0) > 0 || (r.signedLate ?? 0) > 0).length;
  const recycled = rows.filter((r) => (r.recycledShare ?? 0) >= 0.3).length;
  const missing = rows.filter((r) => r.parts.length < 4).length;
  const head = COLUMNS.map((c, i) => `<th data-col="${i}" title="${L('点击排序', 'Click to sort')}">${L(c.zh, c.en)}</th>`).join('');
  const body = rows
    .map((r) => {
      const cells = COLUMNS.map((c) => {
        const v = c.value(r);
        const bad = (c.key === 'errors' && r.errors > 0) || (c.key.endsWith('Late') && Number(v) > 0) || (c.key === 'recycledShare' && Number(v) >= 30) || (c.key === 'parts' && r.parts.length < 4) || (c.key === 'jumps' && r.jumps.length > 0);
        const shown = v === undefined ? '' : c.key === 'recycledShare' ? `${v}%` : String(v);
        return `<td data-v="${escapeHtml(v === undefined ? '' : String(v))}"${bad ? ' class="bad"' : ''}>${escapeHtml(shown)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:#222}
h1{font-size:1.4rem} .summary span{display:inline-block;margin-right:1.5rem}
table{border-collapse:collapse;font-size:.9rem} td,th{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;white-space:nowrap}
th{background:#f4f4f4;cursor:pointer;position:sticky;top:0} th[aria-sort=ascending]::after{content:" ▲"} th[aria-sort=descending]::after{content:" ▼"}
td.bad{color:#b00020;font-weight:bold} tr:nth-child(even){background:#fafafa} svg{margin:.5rem 1rem 1rem 0;vertical-align:top}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p class="summary"><span>${L('报告', 'Reports')}：<b>${rows.length}</b></span><span>${L('逾期', 'Late')}：<b>${late}</b></span><span>${L('照搬去年 ≥30%', 'Recycled ≥30%')}：<b>${recycled}</b></span><span>${L('缺必备部分', 'Missing parts')}：<b>${missing}</b></span></p>
<p>${L('期限：次年3月1日前报送（以成文日期计），4月1日前向社会公开（《法治政府建设与责任落实督察工作规定》第二十四条）。', 'Deadlines: reported by 1 March (signature date), published by 1 April of the next year (Article 24 of the regulation).')}</p>
${reviewChart(rows, lang)}
<table id="reports"><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>
<script>${SORT_SCRIPT}</script>
</body></html>
`;
}
