#!/usr/bin/env node
// The least memory Node needs to check a report the way the server does, without the server: a bundle of only
// parse + validate against the template catalog (built here like the server's, into dist/bundle-floor/), run on
// a file `checks` times (the first check, then one per edit) with the server's V8 flags (src/heap-settings.ts);
// then the same with vscode-languageserver's connection listening on stdio, as any language server must.
// Their peaks are the floor under the server's: what is left above is the server's features and warm-up.
//
//   node bench/check-only-floor.mjs [file.yaml]        (after pnpm build; default bench/data/report-15k.yaml)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNode } from '../../../scripts/bundle-node.mjs';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? join(pkg, 'bench', 'data', 'report-15k.yaml');
mkdirSync(join(pkg, 'dist', 'floor'), { recursive: true });
writeFileSync(
  join(pkg, 'dist', 'floor', 'check-only.js'),
  `import { readFileSync } from 'node:fs';
import { parseReport, validateReport, TemplateCatalog } from '@fazhi/core';
import { createFsTemplateHost } from '@fazhi/core/node';
if (process.argv[4] === 'stdio') {
  const lsp = await import('vscode-languageserver/node');
  const { createConnection, ProposedFeatures } = lsp.default ?? lsp;
  createConnection(ProposedFeatures.all, process.stdin, process.stdout).listen();
}
const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [], cwd: process.cwd() }));
const text = readFileSync(process.argv[2], 'utf8');
for (let i = 0; i < Number(process.argv[3]); i++) validateReport(parseReport(i % 2 ? text + 'x' : text, { locale: 'en' }), { locale: 'en', templates: catalog });
console.error(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);
process.exit(0);
`,
);
// dist/bundle-floor/ sits at the depth of dist/bundle/, so core finds its built-in templates the same way.
await bundleNode(pkg, { 'check-only': 'dist/floor/check-only.js' }, { outdir: 'dist/bundle-floor', minifyWhitespace: true, minifySyntax: true });
// The server's flags; and --max-semi-space-size=1 because the server's young generation stays at 2 × 1 MiB
// (v8.getHeapSpaceStatistics() after a session) while, given on the command line, the growth factor alone let
// this process's grow to 2 × 4 MiB.
const SERVER_FLAGS = ['--semi-space-growth-factor=1', '--max-semi-space-size=1', '--heap-growing-percent=50', '--interrupt-budget=1081344', '--max-bytecode-size-for-early-opt=0', '--no-sparkplug'];
const peak = (flags, checks, stdio = '') => {
  const run = spawnSync(process.execPath, [...flags, join(pkg, 'dist', 'bundle-floor', 'check-only.js'), file, String(checks), stdio], { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  return (Number(run.stderr) / 1024).toFixed(1);
};
const bare = execFileSync(process.execPath, ['-e', "console.log(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))[1])"], { encoding: 'utf8' });
console.log(`node -e 1: ${(Number(bare) / 1024).toFixed(1)} MiB; the check-only bundle with no check: ${peak(SERVER_FLAGS, 0)} MiB`);
for (const checks of [1, 21]) console.log(`check only, ${checks} check(s): ${peak(SERVER_FLAGS, checks)} MiB with the server's V8 flags, ${peak([], checks)} MiB with V8's defaults`);
console.log(`21 checks and a language-server connection on stdio: ${peak(SERVER_FLAGS, 21, 'stdio')} MiB with the server's V8 flags`);
