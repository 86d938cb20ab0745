#!/usr/bin/env node
// `npm run setup`: everything a fresh machine with only Node 20 and npm needs, then the main job.
// 1. pnpm itself comes from the npm registry through npx (pinned to package.json's packageManager)
//    and is also a devDependency, so after this step `pnpm` works in every npm/pnpm script.
// 2. install the workspace with the committed lockfile, 3. build every package (turbo), which also packs the
//    CLI and the language server into packages/standalone/dist/fazhi-<version>.tgz,
// 4. install that tarball with npm, so `fazhi` and `fazhi-language-server` are commands (scripts/install-commands.mjs),
// 5. render an example report with the installed `fazhi`, so the newcomer sees the product working.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installCommands, onPath } from './install-commands.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const pnpm = pkg.packageManager; // "pnpm@x.y.z"
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Node ${process.versions.node} is too old: Fazhi Report needs Node 20.19 or newer.`);
  process.exit(1);
}

function run(title, cmd, args) {
  console.log(`\n▶ ${title}\n  ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status || 1);
  }
}

const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
run('Install dependencies', 'npx', ['--yes', pnpm, 'install', ...frozen]);
run('Build all packages', 'npx', ['--yes', pnpm, 'run', 'build']);

console.log('\n▶ Install the fazhi and fazhi-language-server commands\n  npm install --global packages/standalone/dist/fazhi-*.tgz');
let bin;
try {
  bin = installCommands();
} catch (err) {
  console.error(`\n✗ ${err.message}`);
  process.exit(1);
}
console.log(`  installed in ${bin}`);

run('Render an example report', join(bin, 'fazhi'), ['render', 'examples/haian-2023.yaml', '--format', 'docx', '--out', 'out/']);
console.log('\n✓ Set up. Run the tests with: npm test');
if (onPath(bin)) console.log('  `fazhi --help` lists the commands; `fazhi-language-server --stdio` is the language server for any editor.');
else console.log(`  ${bin} is not on your PATH yet: add it (e.g. in ~/.profile) and open a new terminal:\n    export PATH="${bin}:$PATH"`);
