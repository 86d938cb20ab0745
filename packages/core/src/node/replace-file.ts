import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file in one step: the content is written to a private temporary folder beside the target and
 * renamed over it, so a reader (or an interrupted run) sees the old file or the new one, never half of one.
 * Every host writes through here; errors are Node's own, for the host to put in its user's words.
 */
export function replaceFileAtomically(path: string, content: string | Uint8Array): void {
  const tmpDir = mkdtempSync(join(dirname(path), `.${basename(path)}.`));
  try {
    const tmp = join(tmpDir, basename(path));
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}
