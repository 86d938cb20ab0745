import { open, readdir, readFile, stat } from 'node:fs/promises';
import type { PreviousHost } from '../years/find-previous.js';

/** Larger than any report: such a file is not last year's report, and is not read. */
const MAX_BYTES = 16 * 1024 * 1024;
/** How much of a file is in memory at a time while it is searched. */
const SEARCH_CHUNK = 64 * 1024;

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
  // Read a chunk at a time, stopping at the first hit: the other reports in a folder are mostly not last year's,
  // and a few megabytes of each would otherwise pass through memory whenever a report is opened.
  async mayHold(path, ascii) {
    const needle = Buffer.from(ascii, 'latin1');
    try {
      const s = await stat(path);
      if (!s.isFile() || s.size > MAX_BYTES) return false;
    } catch {
      return false;
    }
    const file = await open(path, 'r').catch(() => undefined);
    if (!file) return false;
    try {
      const buffer = Buffer.alloc(SEARCH_CHUNK + needle.length);
      let kept = 0;
      for (let first = true; ; first = false) {
        const { bytesRead } = await file.read(buffer, kept, buffer.length - kept, null);
        if (bytesRead === 0) return false;
        const filled = kept + bytesRead;
        // UTF-16 (with its byte-order mark) spells the digits with zero bytes between them.
        if (first && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) return true;
        if (buffer.subarray(0, filled).includes(needle)) return true;
        // A match may straddle two chunks: keep the last few bytes in front of the next.
        kept = Math.min(needle.length - 1, filled);
        buffer.copy(buffer, 0, filled - kept, filled);
      }
    } catch {
      return false;
    } finally {
      await file.close();
    }
  },
};
