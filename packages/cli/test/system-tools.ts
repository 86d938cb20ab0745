import { spawnSync } from 'node:child_process';

/** The path of a system program, or undefined: tests that need it skip and say why. */
export function findProgram(...names: string[]): string | undefined {
  for (const name of names) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

export const CHROMIUM = process.env.FAZHI_CHROMIUM ?? findProgram('chromium', 'chromium-browser', 'google-chrome');
export const INSTALL_HINT = 'scripts/install-system-deps.sh installs it; CI runs it';
export const SOFFICE = process.env.FAZHI_SOFFICE ?? findProgram('soffice', 'libreoffice');
export const PDFTOTEXT = findProgram('pdftotext');
export const FC_LIST = findProgram('fc-list');
