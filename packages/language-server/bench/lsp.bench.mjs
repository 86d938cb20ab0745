#!/usr/bin/env node
// Language-server benchmark: our server against yaml-language-server (given our exported JSON Schema) on the same
// generated report files, interleaved in one session, with the driver in bench/driver/ (a fresh server per run).
//
//   pnpm --filter @fazhi/language-server bench            (after pnpm build; or pnpm bench:lsp at the root)
//   REPS=3 EDITS=20 node bench/lsp.bench.mjs
//
// Writes bench/results/<timestamp>.jsonl (one JSON line per run) and prints the side-by-side table that
// docs/performance.md records.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { measure } from './driver/measure.mjs';
import { median } from './driver/stats.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const repo = resolve(pkg, '../..');
const REPS = Number(process.env.REPS ?? 3);
const EDITS = Number(process.env.EDITS ?? 20);
const POS = (process.env.POS ?? '16:5 2:11').split(/\s+/);
const FILES = (process.env.FILES ?? 'report-15k report-15k-errors report-300k report-3m').split(/\s+/);

const data = join(here, 'data');
execFileSync(process.execPath, [join(here, 'generate-data.mjs'), data], { stdio: 'inherit' });

const schema = resolve(repo, 'packages/schema/dist/report.schema.json');
if (!existsSync(schema)) throw new Error('packages/schema/dist/report.schema.json is missing: run pnpm build first');
const require = createRequire(import.meta.url);
const yamlls = join(dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
const servers = [
  { name: 'fazhi-language-server', cmd: `node ${join(pkg, 'bin', 'fazhi-language-server.mjs')} --stdio`, settings: { fazhi: { files: ['**/*.yaml'] } } },
  { name: 'yaml-language-server 2.0.0', cmd: `node ${yamlls} --stdio`, settings: { yaml: { schemas: { [schema]: '*.yaml' }, validate: true, completion: true, hover: true } } },
];

mkdirSync(join(here, 'results'), { recursive: true });
const out = join(here, 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`);
console.log(`${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at start`);
for (let rep = 1; rep <= REPS; rep++) {
  for (const file of FILES) {
    for (const server of servers) {
      process.stderr.write(`run ${rep}/${REPS}: ${server.name} ${file}\n`);
      const run = await measure({ server: server.cmd, file: join(data, `${file}.yaml`), settings: server.settings, completionAt: POS, edits: EDITS });
      for (const e of run.errors) process.stderr.write(`  error: ${e}\n`);
      appendFileSync(out, `${JSON.stringify(run)}\n`);
    }
  }
}
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at end; runs in ${out}\n`);
console.log(sideBySide(readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l))));

/** One row per file: our figure, theirs, and the ratio, for each measure the targets name. */
function sideBySide(runs) {
  const pick = (server, file, f) => median(runs.filter((r) => r.server_cmd === server.cmd && r.file.endsWith(`${file}.yaml`)).map(f));
  const measures = [
    ['open→diag ms', (r) => r.open?.first_diagnostics_ms],
    ['edit→diag median ms', (r) => r.edits?.median],
    ['edit→diag p95 ms', (r) => r.edits?.p95],
    ...POS.map((p) => [`completion @${p} p95 ms`, (r) => r.completion?.find((c) => c.at === p)?.p95]),
    ['peak RSS MiB', (r) => (r.peak_rss_kb ? r.peak_rss_kb / 1024 : undefined)],
  ];
  const rows = ['| file | measure | fazhi | yaml-language-server | ratio |', '|---|---|---|---|---|'];
  for (const file of FILES) {
    for (const [label, f] of measures) {
      const a = pick(servers[0], file, f);
      const b = pick(servers[1], file, f);
      const fmt = (x) => (x === undefined ? '–' : x.toFixed(1));
      rows.push(`| ${file} | ${label} | ${fmt(a)} | ${fmt(b)} | ${a !== undefined && b ? (a / b).toFixed(2) : '–'} |`);
    }
  }
  return rows.join('\n');
}
