import { PARAGRAPH_BREAK } from './prose.js';

/** Document furniture as a template sees it: 附件 with tables, 抄送, 印发机关和印发日期. */
export interface AttachmentView {
  src: string;
  n: number;
  /** 附件 when there is one attachment, else 附件1, 附件2 … (GB/T 9704-2012 §8). */
  label: string;
  /** The number before its name in the 附件说明: “1. ”, or empty for a single attachment (§7.3.6). */
  list_number: string;
  title: string;
  text: string | null;
  tables: TableView[];
}

export interface TableView {
  src: string;
  title: string | null;
  header: string[];
  rows: string[][];
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Attachments numbered as GB/T 9704 numbers them; cells printed like prose (figures filled in). */
export function buildAttachments(data: Rec, prose: (v: unknown) => string | null): AttachmentView[] {
  // An attachment without a title has nothing to list or head its page with; validation asks for the title.
  const found = list(data.attachments).filter((a): a is Rec => isRec(a) && prose(a.title) !== null);
  const single = found.length === 1;
  return found.map((a, i) => {
    const src = `attachments.${i}`;
    const cell = (c: unknown) => prose(c) ?? '';
    const tables = list(a.tables).filter(isRec).map((t, j): TableView => ({
      src: `${src}.tables.${j}`,
      title: prose(t.title),
      header: list(t.header).map(cell),
      rows: list(t.rows).map((r) => list(r).map(cell)),
    }));
    return {
      src,
      n: i + 1,
      label: single ? '附件' : `附件${i + 1}`,
      list_number: single ? '' : `${i + 1}. `,
      title: prose(a.title) ?? '',
      text: prose(a.text),
      tables,
    };
  });
}

/** `{organization, date}` of an object in the data, or null when it has no organisation. */
export function organizationAndDate(v: unknown, prose: (v: unknown) => string | null): { organization: string; date: string } | null {
  return isRec(v) && typeof v.organization === 'string' ? { organization: proseLines(v.organization, prose) ?? '', date: String(v.date ?? '') } : null;
}

/**
 * Prose whose every written line is a printed line (a title, a signature's organs): joint issuers stand on lines of
 * their own, which no layout rule can infer from the words. The lines are kept apart by paragraph breaks, which the
 * HTML reader turns into the block's line feeds (write/title-lines.ts, the writers' signatures).
 */
export function proseLines(value: unknown, prose: (v: unknown) => string | null): string | null {
  if (typeof value !== 'string') return prose(value);
  const lines = value.split(/\r?\n/).flatMap((line) => prose(line) ?? []);
  return lines.length ? lines.join(PARAGRAPH_BREAK) : null;
}
