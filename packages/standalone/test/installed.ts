import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Installs the commands the documented way (what `npm run setup` runs) into a fresh prefix; returns their folder. */
export function installIntoTemporaryPrefix(): { bin: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'fazhi-install-'));
  const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'install-commands.mjs'), '--prefix', join(root, 'prefix')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`install-commands failed:\n${r.stdout}\n${r.stderr}`);
  const bin = process.platform === 'win32' ? join(root, 'prefix') : join(root, 'prefix', 'bin');
  return { bin, root };
}

/** The environment of a user who put the prefix's bin folder on PATH, with nothing pointing into the repository. */
export function userEnv(bin: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('FAZHI_') || key.startsWith('npm_') || key.startsWith('PNPM_')) delete env[key];
  return env;
}

/** Runs an installed command by name, found on PATH as a shell would find it. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, all: r.stdout + r.stderr };
}
