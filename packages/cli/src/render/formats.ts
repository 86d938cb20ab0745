import { DOCUMENT_WRITERS, writeDocx, type ReportDocument } from '@fazhi/core';
import type { Lang } from '../i18n.js';
import { convertToPdf } from './pdf.js';

/** An output format of `fazhi render`: how to write a document and the file extension it gets. */
export interface OutputFormat {
  id: string;
  extension: string;
  summary: { zh: string; en: string };
  /** `lang` is for the messages of a writer that can fail for reasons outside the document (a missing program). */
  write(doc: ReportDocument, lang: Lang): Promise<string | Uint8Array> | string | Uint8Array;
  /** The output names typefaces that may be missing here: render then says which (fazhi fonts has the details). */
  namesFonts?: boolean;
}

const SUMMARIES: Record<string, { zh: string; en: string }> = {
  html: { zh: '可打印的网页（A4，GB/T 9704 版式）', en: 'printable HTML (A4, GB/T 9704)' },
  txt: { zh: '纯文本，一段一行', en: 'plain text, one paragraph per line' },
  md: { zh: 'Markdown', en: 'Markdown' },
  docx: { zh: 'Word 文档（GB/T 9704 公文格式）', en: 'Word document (GB/T 9704 layout)' },
};

/** Every format, in the order help lists them: core's writers, and PDF through LibreOffice. */
export const FORMATS: readonly OutputFormat[] = [
  ...DOCUMENT_WRITERS.map((w) => ({
    id: w.id,
    extension: w.extension,
    summary: SUMMARIES[w.id] ?? { zh: w.id, en: w.id },
    write: (d: ReportDocument) => w.write(d),
    namesFonts: w.id === 'docx',
  })),
  { id: 'pdf', extension: '.pdf', summary: { zh: 'PDF（由 LibreOffice 转换 Word 文档）', en: 'PDF (the Word document converted by LibreOffice)' }, write: async (d, lang) => convertToPdf(await writeDocx(d), lang), namesFonts: true },
];

export const DEFAULT_FORMAT = 'html';

export function formatById(id: string): OutputFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}
