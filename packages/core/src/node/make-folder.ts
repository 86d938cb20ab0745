import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Creates a folder and its missing parents, one level at a time, at most as many steps as the path has parts.
 * Node's `mkdirSync(path, { recursive: true })` loops forever under /proc (mkdir there says ENOENT although the
 * parent exists, and Node retries the parent): a language-server request with such an `outDir` hung the server.
 * Errors are Node's (ENOTDIR, EACCES, EROFS; ENOENT from a mkdir whose parent exists: a system folder that takes
 * no new folders) for the host to put in words (write-error.ts).
 */
export function makeFolder(path: string): void {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    const s = statSync(at, { throwIfNoEntry: false });
    if (s) {
      if (!s.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), { code: 'ENOTDIR', syscall: 'mkdir', path: at });
      break;
    }
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (err) {
      // Made meanwhile by someone else (a parallel render): fine, as long as it is a folder.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw err;
    }
  }
}
