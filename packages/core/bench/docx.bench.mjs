// DOCX speed, as issue 4 sets the bar: in-process writeDocx of each seed example ≤ 50 ms median after warm-up.
// Run: pnpm --filter @fazhi/core bench   (after pnpm build). Prints a Markdown table for docs/performance.md.
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TemplateCatalog, parseReport, renderReport, writeDocx } from '@fazhi/core';
import { builtinTemplatesDir, createFsTemplateHost } from '@fazhi/core/node';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const examples = join(root, 'examples');
const files = readdirSync(examples).filter((f) => f.endsWith('.yaml')).sort();
const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [builtinTemplatesDir()], cwd: root }));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(fn, runs) {
  for (let i = 0; i < 20; i++) await fn(); // warm-up: JIT, the docx library's first document
  const xs = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await fn();
    const c = process.cpuUsage(c0);
    xs.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  // CPU time as well as wall time: on a shared, loaded machine the wall clock mostly measures the other processes.
  return { median: median(xs), max: Math.max(...xs), cpu: median(cpu) };
}

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; node ${process.version}\n`);
console.log('| example | characters | .docx KB | writeDocx median ms | max ms | CPU median ms | parse+render+docx median ms |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const f of files) {
  const text = readFileSync(join(examples, f), 'utf8');
  const render = () => {
    const r = renderReport(parseReport(text, { source: f }), catalog);
    if (!r.document) throw new Error(`${f}: ${r.problems.map((p) => p.message).join('; ')}`);
    return r.document;
  };
  const doc = render();
  const chars = doc.blocks.reduce((n, b) => n + (b.kind === 'paragraph' ? b.runs.reduce((m, r) => m + r.text.length, 0) : b.kind === 'signature' ? b.organization.length + b.date.length : b.text.length), 0);
  const size = (await writeDocx(doc)).length;
  const docx = await time(() => writeDocx(doc), 50);
  const whole = await time(() => writeDocx(render()), 30);
  console.log(`| ${f} | ${chars} | ${(size / 1024).toFixed(1)} | ${docx.median.toFixed(1)} | ${docx.max.toFixed(1)} | ${docx.cpu.toFixed(1)} | ${whole.median.toFixed(1)} |`);
}
