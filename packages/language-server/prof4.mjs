import { readFileSync } from 'node:fs';
import { validateReport, TemplateCatalog } from '@fazhi/core';
import { createFsTemplateHost, builtinTemplatesDir } from '@fazhi/core/node';
import { ChunkedParser } from './dist/parse/chunked-parse.js';
const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [builtinTemplatesDir()] }));
const text = readFileSync(process.argv[2] ?? '/tmp/lspdata/report-3m.yaml', 'utf8');
const lines = text.split('\n');
const parser = new ChunkedParser();
let t = performance.now(); let p = parser.parse(text); console.log('first parse', (performance.now()-t).toFixed(0), parser.reparsed);
t = performance.now(); validateReport(p, { templates: catalog }); console.log('first validate', (performance.now()-t).toFixed(0));
for (let i = 0; i < 6; i++) {
  const ed = lines.slice(); ed[Math.floor(lines.length/2)] += (i % 2 ? '' : 'x'); const nt = ed.join('\n');
  t = performance.now(); p = parser.parse(nt); const a = performance.now() - t;
  t = performance.now(); validateReport(p, { templates: catalog }); const b = performance.now() - t;
  console.log('edit parse', a.toFixed(0), 'reparsed', parser.reparsed, 'validate', b.toFixed(0));
}
