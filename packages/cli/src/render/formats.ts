import { writeHtml, writeMarkdown, writeText, type ReportDocument } from '@fazhi/core';

/** An output format of `fazhi render`: how to write a document and the file extension it gets. */
export interface OutputFormat {
  id: string;
  extension: string;
  summary: { zh: string; en: string };
  write(doc: ReportDocument): Promise<string | Uint8Array> | string | Uint8Array;
}

/** Every format, in the order help lists them. A new writer is one entry here. */
export const FORMATS: readonly OutputFormat[] = [
  { id: 'html', extension: '.html', summary: { zh: '可打印的网页（A4，GB/T 9704 版式）', en: 'printable HTML (A4, GB/T 9704)' }, write: (d) => writeHtml(d) },
  { id: 'txt', extension: '.txt', summary: { zh: '纯文本，一段一行', en: 'plain text, one paragraph per line' }, write: writeText },
  { id: 'md', extension: '.md', summary: { zh: 'Markdown', en: 'Markdown' }, write: writeMarkdown },
];

export const DEFAULT_FORMAT = 'html';

export function formatById(id: string): OutputFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}
