#!/usr/bin/env node
// `npm run setup`: everything a fresh machine with only Node 20 and npm needs, then the main job.
// 1. pnpm itself comes from the npm registry through npx (pinned to package.json's packageManager)
//    and is also a devDependency, so after this step `pnpm` works in every npm/pnpm script.
// 2. install the workspace with the committed lockfile, 3. build every package (turbo),
// 4. render an example report, so the newcomer sees the product working.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

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
run('Render an example report', 'npx', ['--yes', pnpm, 'run', 'main-job']);
console.log('\n✓ Set up. Run the tests with: npm test');
