import { parseReport } from '../parse/parse-report.js';
import type { TemplateCatalog } from '../templates/catalog.js';
import { decodeText } from '../text/decode-text.js';
import type { Locale } from '../validate/diagnostic.js';
import type { PreviousLookup, PreviousReport } from './previous-report.js';

/** How the core reaches last year's file: the host reads and lists (the core does no I/O). Paths use `/`. */
export interface PreviousHost {
  /** A file's bytes; undefined when there is no such file. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** The names of the files directly inside a folder; [] when none. */
  list(dir: string): Promise<string[]>;
  /**
   * Whether a file's bytes hold `ascii`, or it is UTF-16 text (where they would not show): lets a host pass over
   * a large file without reading it whole. Without it, files are read and their bytes searched.
   */
  mayHold?(path: string, ascii: string): Promise<boolean>;
}

export interface FindPreviousOptions {
  catalog: TemplateCatalog;
  locale?: Locale;
}

const DATA = /\.ya?ml$/i;
const PUBLISHED = /\.(?:docx|html?|txt|pdf)$/i;

/**
 * Last year's report for the data file at `currentPath`: the file `previous:` names (relative to this one),
 * else a file in the same folder for the same jurisdiction and the year before: a data file, or a published
 * .docx/.html/.txt/.pdf whose name carries that year and the jurisdiction's name (imported on the fly).
 */
export async function findPrevious(currentPath: string, data: unknown, host: PreviousHost, options: FindPreviousOptions): Promise<PreviousLookup> {
  const facts = factsOf(data);
  const dir = dirname(currentPath);
  const locale = options.locale ?? 'zh';
  if (facts.previous) {
    const path = joinPath(dir, facts.previous);
    const report = await readPrevious(path, host, options).catch(() => undefined);
    if (!report) return { problem: { zh: `找不到去年的报告“${facts.previous}”（${path}）：请检查路径，路径相对于本文件。`, en: `Last year's report "${facts.previous}" (${path}) cannot be read: check the path, relative to this file.` } };
    const year = factsOf(report.parsed.data).year;
    if (facts.year !== undefined && year !== undefined && year !== facts.year - 1) {
      return { problem: { zh: `“${facts.previous}”是${year}年度的报告，不是去年（${facts.year - 1}年度）的。`, en: `"${facts.previous}" is the ${year} report, not last year's (${facts.year - 1}).` } };
    }
    return { report };
  }
  if (facts.year === undefined || !facts.jurisdiction) return {};
  const want = { year: facts.year - 1, jurisdiction: facts.jurisdiction };
  const self = basename(currentPath);
  const names = (await host.list(dir)).filter((n) => n !== self).sort();
  for (const name of names.filter((n) => DATA.test(n))) {
    const path = joinPath(dir, name);
    if (host.mayHold && !(await host.mayHold(path, String(want.year)))) continue;
    const bytes = await host.read(path);
    if (!bytes || !bytesMayHold(bytes, String(want.year))) continue;
    // A sibling that is not a readable text file is simply not last year's report: searching says nothing of it.
    let text: string;
    try {
      text = decodeText(bytes, path, locale).text;
    } catch {
      continue;
    }
    if (!text.includes(String(want.year)) || !text.includes(want.jurisdiction)) continue; // most files are cut here, unparsed
    const parsed = parseReport(text, { source: path, locale });
    const f = factsOf(parsed.data);
    if (f.year === want.year && f.jurisdiction === want.jurisdiction) return { report: { source: path, parsed, locatable: true } };
  }
  for (const name of names.filter((n) => PUBLISHED.test(n) && n.includes(String(want.year)) && n.includes(want.jurisdiction))) {
    const report = await readPrevious(joinPath(dir, name), host, options).catch(() => undefined);
    if (report) return { report };
  }
  return {};
}

/**
 * Whether a file's bytes may hold `digits` (ASCII): they are the same bytes in UTF-8 and GBK, so a file without
 * them is passed over without being decoded (a folder of large reports would otherwise be turned into strings one
 * by one, megabytes each, whenever a report opens). UTF-16 text is always decoded.
 */
function bytesMayHold(bytes: Uint8Array, digits: string): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const first = digits.charCodeAt(0);
  for (let at = bytes.indexOf(first); at !== -1; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < digits.length && bytes[at + i] === digits.charCodeAt(i)) i++;
    if (i === digits.length) return true;
  }
  return false;
}

/** A data file as it is; a published report through the importer. Throws when unreadable. */
export async function readPrevious(path: string, host: PreviousHost, options: FindPreviousOptions): Promise<PreviousReport | undefined> {
  const bytes = await host.read(path);
  if (!bytes) return undefined;
  const locale = options.locale ?? 'zh';
  if (DATA.test(path)) return { source: path, parsed: parseReport(decodeText(bytes, path, locale).text, { source: path, locale }), locatable: true };
  // The importer (its readers, fflate, the HTML parser) only for a published report: most folders hold none.
  const [{ readPublishedReport }, { importReport }] = await Promise.all([import('../import/read-published.js'), import('../import/import-report.js')]);
  const { text } = await readPublishedReport(bytes, path, locale);
  const { yaml } = importReport(text, { catalog: options.catalog, fileName: basename(path), locale });
  return { source: path, parsed: parseReport(yaml, { source: path, locale }), locatable: false };
}

function factsOf(data: unknown): { year?: number; jurisdiction?: string; previous?: string } {
  const d = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const j = typeof d.jurisdiction === 'object' && d.jurisdiction !== null ? (d.jurisdiction as Record<string, unknown>).name : undefined;
  return {
    ...(typeof d.year === 'number' ? { year: d.year } : {}),
    ...(typeof j === 'string' ? { jurisdiction: j } : {}),
    ...(typeof d.previous === 'string' && d.previous.trim() ? { previous: d.previous.trim() } : {}),
  };
}

const lastSep = (p: string) => Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
export const dirname = (p: string) => (lastSep(p) === -1 ? '.' : p.slice(0, lastSep(p)) || '/');
export const basename = (p: string) => p.slice(lastSep(p) + 1);

/** `rel` resolved against `dir`, `..` and `.` folded; an absolute `rel` stands as it is. */
export function joinPath(dir: string, rel: string): string {
  if (/^(?:[/\\]|[A-Za-z]:[/\\])/.test(rel)) return rel;
  const parts = `${dir}/${rel}`.split(/[/\\]+/);
  const out: string[] = [];
  for (const part of parts) {
    if (part === '.' || part === '') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return (dir.startsWith('/') ? '/' : '') + out.join('/');
}
