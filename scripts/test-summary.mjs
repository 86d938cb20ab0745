#!/usr/bin/env node
// Prints one closing line over every package's vitest run: "N passed, N failed, N skipped".
// Each package's vitest config writes test-output/vitest.json (turbo caches it with the task), so the
// line is right even when turbo replays a cached result. Skipped tests are listed with their names,
// because a skipped test (no browser, no LibreOffice) must be visible, never silent.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['packages', '.'];
const reports = [];
for (const root of roots) {
  const dirs = root === '.' ? ['extension'] : readdirSync(root).map((d) => join(root, d));
  for (const dir of dirs) {
    const file = join(dir, 'test-output', 'vitest.json');
    if (existsSync(file)) reports.push([dir, JSON.parse(readFileSync(file, 'utf8'))]);
  }
}
let passed = 0;
let failed = 0;
let skipped = 0;
const skippedNames = [];
for (const [dir, r] of reports) {
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  for (const file of r.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'pending' || t.status === 'skipped' || t.status === 'todo') skippedNames.push(`${dir}: ${t.fullName}`);
    }
  }
}
if (skippedNames.length) console.log(`\nSkipped:\n${skippedNames.map((n) => `  - ${n}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
// turbo's own exit status (a build or a crash is a failure even when no test failed).
const statusArg = process.argv.indexOf('--status');
const turboStatus = statusArg > 0 ? Number(process.argv[statusArg + 1]) : 0;
process.exitCode = failed || turboStatus ? 1 : 0;
