// Import speed: in-process importReport of each seed text (median after warm-up), and a cold `fazhi import`.
// Run: node packages/cli/bench/import.bench.mjs   (after pnpm build). Prints a Markdown table for docs/performance.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TemplateCatalog, importReport } from '@fazhi/core';
import { builtinTemplatesDir, createFsTemplateHost } from '@fazhi/core/node';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seeds = join(root, 'examples/seeds');
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [builtinTemplatesDir()], cwd: root }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; node ${process.version}\n`);
console.log('| seed | KB | pack chosen | import ms (median of 50) |');
console.log('|---|---:|---|---:|');
for (const f of files) {
  const text = readFileSync(join(seeds, f), 'utf8');
  let id = '';
  for (let i = 0; i < 10; i++) id = importReport(text, { catalog }).templateId; // warm-up: JIT, OpenCC dictionaries
  const xs = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    importReport(text, { catalog });
    xs.push(performance.now() - t0);
  }
  console.log(`| ${f} | ${(Buffer.byteLength(text) / 1024).toFixed(1)} | ${id} | ${median(xs).toFixed(2)} |`);
}

const out = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
const cold = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [join(root, 'packages/cli/bin/fazhi.mjs'), 'import', join(seeds, files[0]), '--out', join(out, `${i}.yaml`)], { stdio: 'ignore' });
  cold.push(performance.now() - t0);
}
rmSync(out, { recursive: true, force: true });
console.log(`\ncold \`fazhi import examples/seeds/${files[0]}\`: median ${median(cold).toFixed(0)} ms wall over ${cold.length} runs`);
