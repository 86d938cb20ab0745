import { sweepTemps } from '@fazhi/core/node';
import { t, type Lang } from './i18n.js';
import { sweepPdfScratch } from './render/pdf-scratch.js';

/**
 * What a run leaves when it is stopped: atomic writes' temporary folders beside the outputs (named after this
 * process, core's temp-names.ts), PDF scratch folders in the OS temp folder and the LibreOffice working in them.
 * On SIGINT, SIGTERM and SIGHUP the run stops its workers, removes all of that and exits 128 + the signal's
 * number. SIGKILL cannot be caught: the next run removes what a dead process left, in each folder it writes to.
 */
const folders = new Set<string>();
const stoppers = new Set<() => Promise<unknown>>();

/** A folder this run writes into: its stale leftovers (of killed runs) are removed now, this run's own on a signal. */
export function watchFolder(dir: string): void {
  if (folders.has(dir)) return;
  folders.add(dir);
  sweepTemps(dir, 'stale');
}

/** Something to stop before cleaning up on a signal (worker threads that may be writing); returns the remover. */
export function onInterrupt(stop: () => Promise<unknown>): () => void {
  stoppers.add(stop);
  return () => stoppers.delete(stop);
}

function removeOwnLeftovers(): void {
  for (const dir of folders) sweepTemps(dir, 'own');
  sweepPdfScratch('own');
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/** Installed once by main(): every command that writes is covered. */
export function cleanUpOnSignals(lang: Lang): void {
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      void Promise.allSettled([...stoppers].map((stop) => stop())).then(() => {
        removeOwnLeftovers();
        process.stderr.write(t(lang, `\n已中断（${signal}），临时文件已清理。\n`, `\nInterrupted (${signal}); temporary files removed.\n`));
        process.exit(128 + number);
      });
    });
  }
  // A normal exit has cleaned up already (each write in its own finally); this catches an exit from elsewhere.
  process.once('exit', removeOwnLeftovers);
}
