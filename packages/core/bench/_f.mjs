import { readFileSync } from 'node:fs';
import { parseReport, validateReport, TemplateCatalog } from '@fazhi/core';
import { createFsTemplateHost } from '@fazhi/core/node';
const root = '/work/wt-rules/';
const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [root + 'templates'], cwd: root }));
const text = readFileSync(0, 'utf8');
const parsed = parseReport(text);
const at = (o) => { const p = parsed.lines.positionAt(o); return `${p.line + 1}:${p.character + 1}`; };
const apply = (edits) => [...edits].sort((a, b) => b.range.start - a.range.start).reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
for (const d of validateReport(parsed, { templates: catalog, today: new Date('2024-06-01'), locale: process.env.L ?? 'en' })) {
  console.log(d.code, d.severity, `${at(d.range.start)}-${at(d.range.end)}`, JSON.stringify(text.slice(d.range.start, d.range.end)), '|', d.message, d.fix ? `\n   FIX ${d.fix.title}: ${JSON.stringify(apply(d.fix.edits))}` : '');
}
