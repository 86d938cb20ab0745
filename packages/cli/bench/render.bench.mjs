// Rendering speed, as issue 3 sets the bar: in-process render of each seed example to txt and html
// (≤ 5 ms median after warm-up), and a cold `fazhi render` of one example (≤ 0.5 s wall).
// Run: pnpm --filter @fazhi/cli bench   (after pnpm build). Prints a Markdown table for docs/performance.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TemplateCatalog, parseReport, renderReport, writeHtml, writeText } from '@fazhi/core';
import { builtinTemplatesDir, createFsTemplateHost } from '@fazhi/core/node';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const examples = join(root, 'examples');
const files = readdirSync(examples).filter((f) => f.endsWith('.yaml')).sort();
const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [builtinTemplatesDir()], cwd: root }));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const time = (fn, runs) => {
  for (let i = 0; i < 20; i++) fn(); // warm-up: JIT, compiled templates, OpenCC dictionaries
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
};

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; node ${process.version}\n`);
console.log('| example | KB | render→txt ms | render→html ms | parse+render→txt ms |');
console.log('|---|---:|---:|---:|---:|');
for (const f of files) {
  const text = readFileSync(join(examples, f), 'utf8');
  const once = (write) => () => {
    const r = renderReport(parseReport(text, { source: f }), catalog);
    if (!r.document) throw new Error(`${f}: ${r.problems.map((p) => p.message).join('; ')}`);
    write(r.document);
  };
  const parsed = parseReport(text, { source: f });
  const renderOnly = (write) => () => write(renderReport(parsed, catalog).document);
  const txt = time(renderOnly(writeText), 200);
  const html = time(renderOnly(writeHtml), 200);
  const full = time(once(writeText), 200);
  console.log(`| ${f} | ${(Buffer.byteLength(text) / 1024).toFixed(1)} | ${txt.toFixed(2)} | ${html.toFixed(2)} | ${full.toFixed(2)} |`);
}

const out = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
const cold = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [join(root, 'packages/cli/bin/fazhi.mjs'), 'render', join(examples, files[0]), '--format', 'txt', '--out', out + '/'], { stdio: 'ignore' });
  cold.push(performance.now() - t0);
}
rmSync(out, { recursive: true, force: true });
console.log(`\ncold \`fazhi render ${files[0]} --format txt\`: median ${median(cold).toFixed(0)} ms wall over ${cold.length} runs`);
