import type { ReportDocument } from '../document/report-document.js';
import { writeDocx } from './docx/write-docx.js';
import { writeHtml } from './html.js';
import { writeMarkdown } from './markdown.js';
import { writeText } from './text.js';

/** A file format a ReportDocument can be written to without any program outside this package. */
export interface DocumentWriter {
  id: string;
  extension: string;
  write(doc: ReportDocument): string | Promise<Uint8Array>;
}

/** Every such format, in the order the CLI's help lists them. PDF is not here: it needs LibreOffice. */
export const DOCUMENT_WRITERS: readonly DocumentWriter[] = [
  { id: 'html', extension: '.html', write: (d) => writeHtml(d) },
  { id: 'txt', extension: '.txt', write: writeText },
  { id: 'md', extension: '.md', write: writeMarkdown },
  { id: 'docx', extension: '.docx', write: writeDocx },
];

export function documentWriter(id: string): DocumentWriter | undefined {
  return DOCUMENT_WRITERS.find((w) => w.id === id);
}

/** The output file's name for a data file: `haian-2023.yaml` or `haian-2023.report.yaml` → `haian-2023.docx`. */
export function outputFileName(dataFileName: string, extension: string): string {
  return (dataFileName.replace(/\.[^.]+$/, '').replace(/\.report$/i, '') || 'report') + extension;
}
