// Assembles the `fazhi` npm package and packs it into dist/fazhi-<version>.tgz: the bundled CLI and language server
// (pnpm build made them), their bin scripts and the built-in template packs. Everything the two programs import is
// in their bundles (Node's own modules aside), so the tarball has no dependencies and `npm install -g` installs it
// offline. Files keep their repository paths: the bundles find the packs four folders up (core's
// builtinTemplatesDir) and the CLI its batch worker beside it, exactly as they do in a checkout.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const repo = join(here, '..', '..');
const stage = join(here, 'dist', 'package');
const cli = JSON.parse(readFileSync(join(repo, 'packages', 'cli', 'package.json'), 'utf8'));

const PARTS = [
  'packages/cli/bin/fazhi.mjs',
  'packages/cli/dist/bundle',
  'packages/language-server/bin/fazhi-language-server.mjs',
  'packages/language-server/dist/bundle',
  'templates',
];

rmSync(join(here, 'dist'), { recursive: true, force: true });
for (const part of PARTS) {
  const from = join(repo, part);
  if (!existsSync(from)) throw new Error(`${part} is missing: build the CLI and the language server first (pnpm build)`);
  cpSync(from, join(stage, part), { recursive: true });
}

const manifest = {
  name: 'fazhi',
  version: cli.version,
  description: '法治政府建设年度报告: check and render report data files (fazhi), and their language server (fazhi-language-server)',
  // Built from the repository, installed from the tarball; never published to a registry.
  private: true,
  type: 'module',
  engines: { node: '>=20.19' },
  bin: { fazhi: 'packages/cli/bin/fazhi.mjs', 'fazhi-language-server': 'packages/language-server/bin/fazhi-language-server.mjs' },
  files: PARTS,
};
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(
  join(stage, 'README.md'),
  `# fazhi ${cli.version}\n\n` +
    '`fazhi` checks and renders 法治政府建设年度报告 data files (`fazhi --help`); `fazhi-language-server --stdio` is their\n' +
    'language server for any editor. Built from the Fazhi Report repository (`npm run setup` installs it); see its README.\n',
);

const npm = spawnSync('npm', ['pack', stage, '--pack-destination', join(here, 'dist'), '--json'], {
  encoding: 'utf8',
  shell: process.platform === 'win32',
});
if (npm.status !== 0) throw new Error(`npm pack failed:\n${npm.stderr}`);
const [{ filename, size, entryCount }] = JSON.parse(npm.stdout);
console.log(`packed dist/${filename} (${entryCount} files, ${(size / 1024 / 1024).toFixed(1)} MB)`);
