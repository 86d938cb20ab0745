import { readFileSync } from 'node:fs';
import {
  compareYears,
  decodeText,
  importReport,
  parseReport,
  readPublishedReport,
  REQUIRED_PARTS,
  validateReport,
  type Locale,
  type ParsedReport,
  type TemplateCatalog,
} from '@fazhi/core';

/** One report in the reviewer's roll-up. Plain data: it crosses from the worker threads. */
export interface ReviewRow {
  file: string;
  /** A data file, or a published report imported on the fly. */
  kind: 'data' | 'published';
  jurisdiction?: string;
  year?: number;
  template?: string;
  /** The regulation's required parts the report has, out of REQUIRED_PARTS. */
  parts: string[];
  errors: number;
  warnings: number;
  /** 成文日期 (signature date): the report is due by 1 March of the next year. */
  signed?: string;
  /** Days after 1 March it was signed; negative or 0 = on time. */
  signedLate?: number;
  published?: string;
  /** Days after 31 March it was published (Article 24: before 1 April); negative or 0 = on time. */
  publishedLate?: number;
  /** The `previous:` value, when the data names last year's file. */
  previousNamed?: string;
  previous?: string;
  recycledShare?: number;
  jumps: string[];
  plansUnanswered?: number;
  failure?: string;
}

/** What pass 1 keeps for pass 2: published reports travel as their imported YAML, so they are imported once. */
export interface Loaded {
  row: ReviewRow;
  yaml?: string;
}

const DAY = 86_400_000;
const daysAfter = (date: string | undefined, y: number, month: number, day: number) =>
  date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(y, month - 1, day)) / DAY) : undefined;

/** Pass 1: read (importing a published report), validate on its own, and fill the row's own columns. */
export async function loadReport(file: string, catalog: TemplateCatalog, locale: Locale): Promise<Loaded> {
  const kind = /\.ya?ml$/i.test(file) ? 'data' : 'published';
  try {
    let yaml: string | undefined;
    let text: string;
    if (kind === 'data') text = decodeText(readFileSync(file), file, locale).text;
    else {
      // The same reader as `fazhi import`: .docx, .html, .txt, and a PDF's text layer (pdf.js, nothing to install).
      const published = (await readPublishedReport(readFileSync(file), file, locale)).text;
      text = yaml = importReport(published, { catalog, fileName: file, locale }).yaml;
    }
    const parsed = parseReport(text, { source: file, locale });
    const diagnostics = validateReport(parsed, { locale, templates: catalog });
    return { row: rowOf(file, kind, parsed, diagnostics.filter((d) => d.severity === 'error').length, diagnostics.filter((d) => d.severity === 'warning').length), yaml };
  } catch (err) {
    return { row: { file, kind, parts: [], errors: 1, warnings: 0, jumps: [], failure: (err as Error).message } };
  }
}

function rowOf(file: string, kind: ReviewRow['kind'], parsed: ParsedReport, errors: number, warnings: number): ReviewRow {
  const data = record(parsed.data);
  const year = typeof data.year === 'number' ? data.year : undefined;
  const signed = typeof record(data.signature).date === 'string' ? (record(data.signature).date as string) : undefined;
  const published = typeof data.published === 'string' ? data.published : undefined;
  const name = record(data.jurisdiction).name;
  return {
    file,
    kind,
    ...(typeof name === 'string' ? { jurisdiction: name } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(typeof data.template === 'string' ? { template: data.template } : {}),
    parts: Object.keys(REQUIRED_PARTS).filter((k) => data[k] !== undefined),
    errors,
    warnings,
    ...(signed ? { signed } : {}),
    ...(signed && year !== undefined ? { signedLate: daysAfter(signed, year + 1, 3, 1) } : {}),
    ...(published ? { published } : {}),
    ...(published && year !== undefined ? { publishedLate: daysAfter(published, year + 1, 3, 31) } : {}),
    ...(typeof data.previous === 'string' ? { previousNamed: data.previous } : {}),
    jumps: [],
  };
}

/** Pass 2: this year's report against last year's, both as loaded in pass 1. */
export function compareLoaded(current: { file: string; yaml?: string }, previous: { file: string; yaml?: string }, locale: Locale, jumpFactor?: number) {
  const read = (r: { file: string; yaml?: string }) => parseReport(r.yaml ?? decodeText(readFileSync(r.file), r.file, locale).text, { source: r.file, locale });
  const cmp = compareYears(read(current), current.file, { source: previous.file, parsed: read(previous), locatable: previous.yaml === undefined }, jumpFactor ? { jumpFactor } : {});
  return { recycledShare: cmp.recycled.share, jumps: cmp.figures.filter((f) => f.jumped).map((f) => `${f.label ?? f.name} ${f.previous}→${f.current}`), plansUnanswered: cmp.plans.filter((p) => !p.answeredBy).length };
}

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
