import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Temporary files are named after the process that made them, so that what an interrupted run leaves can be
 * told apart and removed: by the run itself when a signal stops it (its own id), and by the next run when it
 * was killed outright (SIGKILL, a power cut), whose id no longer belongs to a live process.
 */
const OUTPUT_TEMP = /^\..*\.fazhi-tmp-(\d+)-[A-Za-z0-9]{6}$/;

/** How long a dead process's temporary folder is left alone: another machine sharing the folder may own it. */
export const STALE_AFTER_MS = 60_000;

/** The mkdtemp prefix of an atomic write's temporary folder beside `name` (kept short: names are limited to 255 bytes). */
export function tempPrefix(name: string): string {
  return `.${[...name].slice(0, 40).join('')}.fazhi-tmp-${process.pid}-`;
}

/** Whether a process with this id is running (EPERM: it is, but another user's). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface SweepOptions {
  /** Names to consider; the first group is the process id. Default: atomic writes' temporary folders. */
  pattern?: RegExp;
  /** Runs on each entry before it is removed (to stop a program still working in it). */
  before?: (path: string) => void;
  /** How long a dead process's entry is left alone (STALE_AFTER_MS; 0 in a folder no other machine shares). */
  minAgeMs?: number;
}

/**
 * Removes this process's temporary entries in `dir` (`own`), or those of processes no longer running
 * (`stale`). Returns the paths removed; a folder that cannot be read is skipped.
 */
export function sweepTemps(dir: string, which: 'own' | 'stale', { pattern = OUTPUT_TEMP, before, minAgeMs = STALE_AFTER_MS }: SweepOptions = {}): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid)) continue;
    const path = join(dir, name);
    if (which === 'own' ? pid !== process.pid : pid === process.pid || processAlive(pid) || !olderThan(path, minAgeMs)) continue;
    try {
      before?.(path);
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Not ours to fight over: another user's folder, or already gone.
    }
  }
  return removed;
}

function olderThan(path: string, ms: number): boolean {
  const s = lstatSync(path, { throwIfNoEntry: false });
  return s !== undefined && Date.now() - s.mtimeMs >= ms;
}
