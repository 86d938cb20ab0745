import { findPrevious, type PreviousLookup, type TemplateCatalog } from '@fazhi/core';
import { fsPreviousHost } from '@fazhi/core/node';
import type { Lang } from '../i18n.js';

export { fsPreviousHost as nodePreviousHost };

/** Last year's report for a data file on disk; a problem reading it becomes the `previous-missing` finding. */
export async function previousFor(file: string, data: unknown, catalog: TemplateCatalog, lang: Lang): Promise<PreviousLookup> {
  try {
    return await findPrevious(file, data, fsPreviousHost, { catalog, locale: lang });
  } catch (err) {
    return { problem: { zh: `去年的报告读不出来：${(err as Error).message}`, en: `Last year's report cannot be read: ${(err as Error).message}` } };
  }
}
