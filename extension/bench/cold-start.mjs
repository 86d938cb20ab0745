#!/usr/bin/env node
// Cold start in a real editor: from the extension's activation to the first diagnostics of a 15 KB report, in
// code-server (VS Code 1.100) driven by Playwright, as the end-to-end test does. Each run starts a fresh
// code-server with a fresh profile, opens the report with quick open (which activates the extension: onLanguage)
// and reads the extension's own timings from its output channel's log (src/startup-timing.ts).
//
//   pnpm --filter ./extension bench:cold-start          (RUNS=3; FAZHI_VSIX=… to skip packaging)
//
// Prints each run's steps, the median and the load average; docs/performance.md records the figures.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.RUNS ?? 3);
const LINE = 'startup: first diagnostics';
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const lastLine = (text) => text.trim().split('\n').pop() ?? '';

// The end-to-end test's helpers (TypeScript) for starting code-server and driving the workbench, compiled into
// node_modules/.cache so that they find the extension's playwright-core.
mkdirSync(`${root}node_modules/.cache`, { recursive: true });
const helpers = mkdtempSync(`${root}node_modules/.cache/fazhi-cold-start-`);
await build({
  entryPoints: { 'code-server': `${root}test/e2e/code-server.ts`, workbench: `${root}test/e2e/workbench.ts` },
  outdir: helpers, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning',
});
const { startCodeServer } = await import(pathToFileURL(join(helpers, 'code-server.js')).href);
const { launchBrowser, openFile, openWorkbench } = await import(pathToFileURL(join(helpers, 'workbench.js')).href);

const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)));
const home = lastLine(execFileSync('bash', ['scripts/setup-code-server.sh'], { cwd: root, encoding: 'utf8', env: npmEnv, stdio: ['ignore', 'pipe', 'inherit'] }));
const vsix = process.env.FAZHI_VSIX ?? lastLine(execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));

// The language-server benchmark's 15 KB report (the national example's shape, five planted errors).
const data = join(helpers, 'data');
execFileSync(process.execPath, [`${repo}packages/language-server/bench/generate-data.mjs`, data], { stdio: 'ignore' });
const report = join(data, 'report-15k-errors.yaml');
console.log(`cold start: ${RUNS} runs, ${(statSync(report).size / 1024).toFixed(0)} KB report, ${vsix}; load average ${load()} at start`);

const runs = [];
const loads = [];
for (let run = 1; run <= RUNS; run++) {
  // FAZHI_RUN_IN=process|worker: the fazhi.server.runIn setting (where the server runs), to compare the two.
  const settings = process.env.FAZHI_RUN_IN ? { 'fazhi.server.runIn': process.env.FAZHI_RUN_IN } : {};
  const server = await startCodeServer({ home, vsix, files: [report], settings });
  const browser = await launchBrowser();
  try {
    const page = await openWorkbench(browser, server.url);
    await openFile(page, 'report-15k-errors.yaml');
    const steps = await startupLines(server.userData);
    const ms = Number(new RegExp(`${LINE} (\\d+) ms`).exec(steps.join('\n'))?.[1]);
    runs.push(ms);
    // The server starts as VS Code loads the extension, before activate(): the time from that load counts everything ours.
    const fromLoad = Number(/(\d+) ms after this bundle began to load/.exec(steps.join('\n'))?.[1]);
    if (fromLoad) loads.push(fromLoad);
    console.log(`run ${run}: ${ms} ms (load ${load()})\n  ${steps.join('\n  ')}`);
  } finally {
    await browser.close();
    await server.stop();
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`activation → first diagnostics: median ${median(runs)} ms, runs ${runs.join(' / ')} ms; load average ${load()} at end`);
if (loads.length) console.log(`the extension's bundle loading → first diagnostics: median ${median(loads)} ms, runs ${loads.join(' / ')} ms`);
rmSync(helpers, { recursive: true, force: true });

/** The extension's start-up lines from its output channel's log file, once the first diagnostics are in it. */
async function startupLines(userData) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    for (const file of logFiles(join(userData, 'logs'))) {
      const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.includes('startup:'));
      if (lines.some((l) => l.includes(LINE))) return lines.map((l) => l.replace(/^\S+ \S+ \[\w+\] /, ''));
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no "${LINE}" in the extension's log within 120 s`);
}

function logFiles(dir) {
  let entries = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? logFiles(join(dir, e.name)) : e.name.endsWith('.log') ? [join(dir, e.name)] : []));
}
