import { readdir, readFile, stat } from 'node:fs/promises';
import type { PreviousHost } from '../years/find-previous.js';

/** Larger than any report: such a file is not last year's report, and is not read. */
const MAX_BYTES = 16 * 1024 * 1024;

/** Last year's report from disk, for core's findPrevious (the CLI's and the language server's host). */
export const fsPreviousHost: PreviousHost = {
  async read(path) {
    try {
      const s = await stat(path);
      return s.isFile() && s.size <= MAX_BYTES ? new Uint8Array(await readFile(path)) : undefined;
    } catch {
      return undefined;
    }
  },
  async list(dir) {
    try {
      return await readdir(dir);
    } catch {
      return [];
    }
  },
};
