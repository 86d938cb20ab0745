// Validation speed, as issue 2 sets the bar: in-process parse + validate of a realistic report
// (examples/wanyuan-2023.yaml, ~14 KB: ≤ 10 ms median) and of ~300 KB and ~3 MB files made by repeating
// its measures items (3 MB: ≤ 300 ms median). Medians after warm-up, all rules, the repository's templates.
// Run: pnpm --filter @fazhi/core bench   (or root `pnpm bench`, after pnpm build). Prints a Markdown table
// for docs/performance.md. `--only 3MB` runs one size (for `node --cpu-prof`).
import { readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TemplateCatalog, parseReport, validateReport } from '@fazhi/core';
import { createFsTemplateHost } from '@fazhi/core/node';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [join(root, 'templates')], cwd: root }));
const base = readFileSync(join(root, 'examples/wanyuan-2023.yaml'), 'utf8');

/**
 * The base report with its measures items repeated until the file reaches `bytes`. Done on the text
 * (the items' lines copied in place), so the file keeps the example's layout: block scalars, comments.
 */
function grown(bytes) {
  const lines = base.split('\n');
  const start = lines.indexOf('  items:', lines.indexOf('measures:')) + 1;
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  const items = lines.slice(start, end).join('\n') + '\n';
  const head = lines.slice(0, end).join('\n') + '\n';
  const tail = lines.slice(end).join('\n');
  const copies = Math.max(0, Math.round((bytes - Buffer.byteLength(base)) / Buffer.byteLength(items)));
  return head + items.repeat(copies) + tail;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Medians over `runs` runs after warm-up (JIT, compiled schema validator): wall time of parse, validate and
 * both, and the process CPU time of each (GC threads included), which a machine shared with other work
 * inflates less than wall time. process.cpuUsage counts in coarse steps: read CPU medians of short runs loosely.
 */
function measure(text, runs) {
  const options = { templates: catalog, today: new Date('2024-06-01') };
  const warmups = Math.max(3, Math.min(20, runs));
  for (let i = 0; i < warmups; i++) validateReport(parseReport(text), options);
  const parse = [];
  const validate = [];
  const total = [];
  const parseCpu = [];
  const validateCpu = [];
  const cpuMs = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  let diagnostics = 0;
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    const parsed = parseReport(text);
    const t1 = performance.now();
    const c1 = cpuMs();
    diagnostics = validateReport(parsed, options).length;
    const t2 = performance.now();
    const c2 = cpuMs();
    parse.push(t1 - t0);
    validate.push(t2 - t1);
    total.push(t2 - t0);
    parseCpu.push(c1 - c0);
    validateCpu.push(c2 - c1);
  }
  return { parse: median(parse), validate: median(validate), total: median(total), parseCpu: median(parseCpu), validateCpu: median(validateCpu), diagnostics };
}

const sizes = [
  { name: '15KB', text: base, runs: 200, target: 10 },
  { name: '300KB', text: grown(300 * 1024), runs: 30, target: undefined },
  { name: '3MB', text: grown(3 * 1024 * 1024), runs: 11, target: 300 },
];
const only = process.argv.indexOf('--only');
const chosen = only > 0 ? sizes.filter((s) => s.name === process.argv[only + 1]) : sizes;

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ${cpus().length} × ${cpus()[0]?.model}; node ${process.version}\n`);
console.log('| file | KB | lines | runs | parse ms | validate ms | parse+validate ms | target ms | parse CPU ms | validate CPU ms | diagnostics |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
let over = false;
for (const s of chosen) {
  const m = measure(s.text, s.runs);
  if (s.target !== undefined && m.total > s.target) over = true;
  const kb = (Buffer.byteLength(s.text) / 1024).toFixed(0);
  console.log(`| ${s.name} | ${kb} | ${s.text.split('\n').length} | ${s.runs} | ${m.parse.toFixed(2)} | ${m.validate.toFixed(2)} | ${m.total.toFixed(2)} | ${s.target ?? '–'} | ${m.parseCpu.toFixed(1)} | ${m.validateCpu.toFixed(1)} | ${m.diagnostics} |`);
}
if (over) console.log('\nOver target: profile with node --cpu-prof packages/core/bench/validate.bench.mjs --only 3MB');
