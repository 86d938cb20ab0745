#!/usr/bin/env node
// Installs the `fazhi` and `fazhi-language-server` commands from the tarball the build packs
// (packages/standalone/dist/fazhi-<version>.tgz), with npm's own `npm install --global`, offline:
//
//   node scripts/install-commands.mjs [--prefix DIR]      (npm run setup runs it)
//
// Where: --prefix, else $FAZHI_PREFIX, else npm's global prefix when this user may write there (nvm, Homebrew,
// root), else ~/.local, a prefix the user owns. It never asks for sudo; it says where the commands went and,
// when that folder is not on PATH, the line that puts it there.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const windows = process.platform === 'win32';

/** The tarball `pnpm build` packed. */
export function tarball() {
  const dir = join(repo, 'packages', 'standalone', 'dist');
  const found = existsSync(dir) ? readdirSync(dir).filter((f) => /^fazhi-.*\.tgz$/.test(f)) : [];
  if (found.length !== 1) throw new Error(`expected one fazhi-<version>.tgz in ${dir}, found ${found.length}: run pnpm build first`);
  return join(dir, found[0]);
}

function npm(args) {
  return spawnSync('npm', args, { encoding: 'utf8', shell: windows });
}

function writable(dir) {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The prefix to install into, and why it was chosen. */
export function choosePrefix(explicit = process.env.FAZHI_PREFIX) {
  if (explicit) return resolve(explicit);
  const global = npm(['prefix', '--global']).stdout.trim();
  const globalBin = windows ? global : join(global, 'bin');
  const globalLib = windows ? global : join(global, 'lib');
  if (global && writable(globalBin) && (!existsSync(globalLib) || writable(globalLib))) return global;
  return join(homedir(), '.local');
}

export const binDir = (prefix) => (windows ? prefix : join(prefix, 'bin'));

/** npm install --global --prefix <prefix> <tarball>; returns the folder holding the two commands. */
export function installCommands(prefix = choosePrefix()) {
  mkdirSync(prefix, { recursive: true });
  const r = npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball()]);
  if (r.status !== 0) throw new Error(`npm install --global --prefix ${prefix} failed:\n${r.stderr}`);
  return binDir(prefix);
}

export const onPath = (dir) => (process.env.PATH ?? '').split(delimiter).some((p) => p && resolve(p) === resolve(dir));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--prefix');
  const bin = installCommands(choosePrefix(i > 0 ? process.argv[i + 1] : undefined));
  console.log(`Installed fazhi and fazhi-language-server in ${bin}`);
  if (!onPath(bin)) {
    console.log(`${bin} is not on your PATH. Add it (e.g. to ~/.profile), then open a new terminal:\n  export PATH="${bin}:$PATH"`);
  }
}
