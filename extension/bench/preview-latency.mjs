#!/usr/bin/env node
// Last keystroke → preview updated, end to end in a real VS Code (code-server + the packaged .vsix, driven by
// Playwright in Debian's chromium), on a ~20 KB and a ~300 KB report: p50/p95/max over single keystrokes after a
// pause and over bursts of fast typing (timed from the burst's last keystroke). bench/keystroke-latency.ts measures;
// this script builds what it needs as `pnpm test:e2e` does, writes the reports and prints the figures.
//
//   pnpm bench:preview        (= pnpm --filter ./extension bench:preview; a benchmark: run it alone)
//   ROUNDS=30 BURSTS=10 node bench/preview-latency.mjs
//   node bench/preview-latency.mjs --floor   (VS Code's own share: bench/floor/, an extension that only echoes lines)
//
// The server's share alone (edit → fazhi/render answered): bench/server-render.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = (name, fallback) => Number(process.env[name] ?? fallback);
const lastLine = (text) => text.trim().split('\n').pop() ?? '';

// code-server and the .vsix, as scripts/e2e.mjs gets them (pnpm's npm_config_* kept away from npm).
const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)));
const home = lastLine(execFileSync('bash', ['scripts/setup-code-server.sh'], { cwd: root, encoding: 'utf8', env: npmEnv, stdio: ['ignore', 'pipe', 'inherit'] }));
const floor = process.argv.includes('--floor');
const vsix = floor ? packFloor() : process.env.FAZHI_VSIX || lastLine(execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));

// The language-server benchmark's generated reports (the national example's shape, measures repeated): its 305 KB
// one, and the same cut to ~20 KB of measures.
const work = mkdtempSync(join(tmpdir(), 'fazhi-preview-bench-'));
execFileSync(process.execPath, [fileURLToPath(new URL('../../packages/language-server/bench/generate-data.mjs', import.meta.url)), work], { stdio: 'ignore' });
const big = readFileSync(join(work, 'report-300k.yaml'), 'utf8');
const files = [join(work, 'report-20k.report.yaml'), join(work, 'report-300k.report.yaml')];
writeFileSync(files[0], cut(big, 20_000));
writeFileSync(files[1], big);

// The measuring module is TypeScript beside the e2e helpers it uses: bundled into test-output/ (so its imports
// resolve from the extension's node_modules).
const out = join(root, 'test-output', 'bench');
mkdirSync(out, { recursive: true });
await build({ entryPoints: [join(root, 'bench/keystroke-latency.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: join(out, 'keystroke-latency.mjs'), logLevel: 'warning' });
const { measureKeystrokes } = await import(pathToFileURL(join(out, 'keystroke-latency.mjs')).href);

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const startLoad = load();
const started = new Date().toISOString();
const options = { home, vsix, files, rounds: env('ROUNDS', 30), bursts: env('BURSTS', 10), burstKeys: env('BURST_KEYS', 5), burstGapMs: env('BURST_GAP_MS', 40), pauseMs: env('PAUSE_MS', 400) };
try {
  const results = await measureKeystrokes(options, (line) => console.log(line));
  if (floor) console.log('\nThe floor: bench/floor/ echoes each changed line into its webview (no server, no render)');
  console.log(`\n${started}; load average ${startLoad} at the start, ${load()} at the end (1, 5, 15 min; ${cpus().length} cores)`);
  console.log('| report | edits | p50 ms | p95 ms | max ms | of which until the render reached the webview, p50 / p95 ms |\n| --- | --- | --- | --- | --- | --- |');
  const breakdown = [];
  for (const { file, kind, times, toMessage, stages } of results) {
    const q = quantile(times);
    const m = quantile(toMessage);
    const what = kind === 'single' ? `${times.length} single keystrokes` : `${times.length} bursts of ${options.burstKeys} keys ${options.burstGapMs} ms apart`;
    const stage = (name) => { const q = quantile(stages.map((s) => s[name])); return `${q(0.5)} / ${q(0.95)}`; };
    breakdown.push(`| ${file} | ${kind} | ${stage('toChange')} | ${stage('toAsk')} | ${stage('render')} | ${stage('toWebview')} | ${stage('toFrame')} |`);
    console.log(`| ${file} (${(Buffer.byteLength(readFileSync(join(work, file))) / 1024).toFixed(0)} KB) | ${what} | ${q(0.5)} | ${q(0.95)} | ${q(1)} | ${m(0.5)} / ${m(0.95)} |`);
  }
  console.log('\nThe stages, p50 / p95 ms: keystroke → the extension sees the change → asks the server → has its answer → the webview has it → the frame after shows it');
  console.log('| report | edits | to the extension | to the request | server | to the webview | to the frame |\n| --- | --- | --- | --- | --- | --- | --- |');
  for (const line of breakdown) console.log(line);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The floor extension packed as a .vsix in test-output/ (vsce, as scripts/package.mjs packs ours). */
function packFloor() {
  const out = join(root, 'test-output', 'bench', 'preview-floor.vsix');
  mkdirSync(join(root, 'test-output', 'bench'), { recursive: true });
  const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', out], { cwd: join(root, 'bench/floor'), stdio: 'ignore' });
  return out;
}

function quantile(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)].toFixed(0);
}

/** The report with only as many of its measures as keep it near `bytes`. */
function cut(text, bytes) {
  const head = text.slice(0, text.indexOf('  - title:'));
  const tail = text.slice(text.indexOf('\nshortcomings:') + 1);
  const measures = text.slice(head.length, text.length - tail.length).split(/(?=^ {2}- title:)/m);
  let body = '';
  for (const m of measures) {
    if (Buffer.byteLength(head + body + m + tail) > bytes) break;
    body += m;
  }
  return head + body + tail;
}
