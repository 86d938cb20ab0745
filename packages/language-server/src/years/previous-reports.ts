import { findPrevious, type Locale, type PreviousLookup, type TemplateCatalog } from '@fazhi/core';
import { fsPreviousHost } from '@fazhi/core/node';
import { pathOf } from '../workspace.js';

interface Entry {
  /** What the lookup depended on: `previous:`, year and jurisdiction. */
  key: string;
  lookup?: PreviousLookup;
}

/**
 * Last year's report of each open report, looked up on disk (core's findPrevious: `previous:`, or the same
 * folder by jurisdiction and year) when the document opens and again only when one of those three facts
 * changes. The lookup is asynchronous; when it lands, `found` is called so the document is checked again.
 */
export class PreviousReports {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly catalog: () => TemplateCatalog,
    private readonly locale: () => Locale,
    private readonly found: (uri: string) => void,
  ) {}

  /** What is known now (undefined while the first lookup runs, or for a document not on disk). */
  get(uri: string): PreviousLookup | undefined {
    return this.entries.get(uri)?.lookup;
  }

  /** Starts a lookup when the facts it depends on are new for this document. */
  ensure(uri: string, data: unknown): void {
    const path = pathOf(uri);
    if (!path) return;
    const d = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    const key = JSON.stringify([d.previous, d.year, (d.jurisdiction as Record<string, unknown> | undefined)?.name]);
    const entry = this.entries.get(uri);
    if (entry?.key === key) return;
    const next: Entry = { key, ...(entry?.lookup ? { lookup: entry.lookup } : {}) };
    this.entries.set(uri, next);
    findPrevious(path, data, fsPreviousHost, { catalog: this.catalog(), locale: this.locale() })
      .catch((err: Error): PreviousLookup => ({ problem: { zh: `去年的报告读不出来：${err.message}`, en: `Last year's report cannot be read: ${err.message}` } }))
      .then((lookup) => {
        // A newer lookup started meanwhile, or the document closed: this answer is stale.
        if (this.entries.get(uri) !== next) return;
        const before = next.lookup;
        next.lookup = lookup;
        // Nothing found where nothing was known changes no finding: no second round of diagnostics.
        if (lookup.report || lookup.problem || before?.report || before?.problem) this.found(uri);
      });
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
