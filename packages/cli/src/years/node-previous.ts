import { readdir, readFile, stat } from 'node:fs/promises';
import { findPrevious, type PreviousHost, type PreviousLookup, type TemplateCatalog } from '@fazhi/core';
import type { Lang } from '../i18n.js';

/** Last year's file from disk: what core's findPrevious reads through (the core does no I/O). */
export const nodePreviousHost: PreviousHost = {
  async read(path) {
    try {
      const s = await stat(path);
      // A report is under a few MB; anything larger is not last year's report.
      return s.isFile() && s.size <= 16 * 1024 * 1024 ? new Uint8Array(await readFile(path)) : undefined;
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

/** Last year's report for a data file on disk; a problem reading it becomes the `previous-missing` finding. */
export async function previousFor(file: string, data: unknown, catalog: TemplateCatalog, lang: Lang): Promise<PreviousLookup> {
  try {
    return await findPrevious(file, data, nodePreviousHost, { catalog, locale: lang });
  } catch (err) {
    return { problem: { zh: `去年的报告读不出来：${(err as Error).message}`, en: `Last year's report cannot be read: ${(err as Error).message}` } };
  }
}
