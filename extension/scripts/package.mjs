// `pnpm package`: bundles for production and packs the .vsix with vsce (no node_modules inside: --no-dependencies).
// Prints the .vsix path on its last line; fails if the file is not under the 5 MB budget.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MAX_BYTES = 5 * 1024 * 1024;
const { name, version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const vsix = `${root}${name}-${version}.vsix`;

execFileSync(process.execPath, ['scripts/bundle.mjs', '--production'], { cwd: root, stdio: 'inherit' });
const vsce = fileURLToPath(new URL('../node_modules/@vscode/vsce/vsce', import.meta.url));
execFileSync(
  process.execPath,
  [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
);
const size = statSync(vsix).size;
if (size > MAX_BYTES) {
  console.error(`package: ${vsix} is ${(size / 1048576).toFixed(2)} MB, over the 5 MB budget`);
  process.exit(1);
}
console.log(`packaged ${(size / 1048576).toFixed(2)} MB:`);
console.log(vsix);
