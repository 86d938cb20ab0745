import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { OFFICE_SCRATCH_PREFIX, SOFFICE_GROUP_FILE, sweepTemps } from '@fazhi/core/node';

/**
 * A LibreOffice conversion's scratch folder in the OS temp folder, named after this process, with the id of the
 * LibreOffice process group working in it: a PDF render's (the .docx, the PDF, LibreOffice's profile) and an
 * import's of an old .doc/.wps (core's officeToDocx: the file and the profile). What a killed run leaves (the
 * folder, and a LibreOffice still converting) is recognised by that name and removed: by the run itself on
 * SIGINT/SIGTERM/SIGHUP (interruption.ts), and by the next PDF render or .doc import when it was killed outright.
 */
export const PDF_SCRATCH = new RegExp(`^(?:fazhi-pdf-|${OFFICE_SCRATCH_PREFIX})(\\d+)-[A-Za-z0-9]{6}$`);

export function makePdfScratch(): string {
  return mkdtempSync(join(tmpdir(), `fazhi-pdf-${process.pid}-`));
}

/** Notes the process group LibreOffice runs in (it was started as the group's leader). */
export function recordGroup(scratch: string, pgid: number): void {
  writeFileSync(join(scratch, SOFFICE_GROUP_FILE), String(pgid));
}

/** Kills a LibreOffice process group and every program it started (soffice is a script that starts oosplash, which starts soffice.bin). */
export function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Stops the LibreOffice that worked in `scratch`. Another run's group id may since have been reused by an
 * unrelated program, so unless `ours`, the group leader is killed only when its command line names this very
 * folder (Linux's /proc; elsewhere a dead run's LibreOffice is left to finish its one conversion).
 */
function stopLibreOffice(scratch: string, ours: boolean): void {
  let pgid: number;
  try {
    pgid = Number(readFileSync(join(scratch, SOFFICE_GROUP_FILE), 'utf8'));
  } catch {
    return;
  }
  if (!Number.isInteger(pgid) || pgid <= 1) return;
  if (!ours) {
    try {
      if (!readFileSync(`/proc/${pgid}/cmdline`, 'utf8').includes(basename(scratch))) return;
    } catch {
      return;
    }
  }
  killGroup(pgid);
}

/** This run's scratch folders (on a signal), or those of runs that died (before a PDF render or a .doc import starts). */
export function sweepPdfScratch(which: 'own' | 'stale'): string[] {
  // No waiting period: the OS temp folder is this machine's own, and an orphaned LibreOffice keeps touching it.
  return sweepTemps(tmpdir(), which, { pattern: PDF_SCRATCH, before: (dir) => stopLibreOffice(dir, which === 'own'), minAgeMs: 0 });
}
