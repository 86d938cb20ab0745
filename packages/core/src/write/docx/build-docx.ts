import { Document, DocumentGridType, Packer } from 'docx';
import type { ReportDocument } from '../../document/report-document.js';
import { cleanText } from './clean-text.js';
import { DOCX_FONTS, eastAsianLanguage, runFont } from './fonts.js';
import { pageNumberFooters } from './footers.js';
import { blockParagraphs } from './paragraphs.js';
import { CHAR_SPACING, LINE_PITCH, PAGE, SIZE } from './page.js';

/**
 * Loaded by writeDocx on first use (write-docx.ts). The report as a Word file laid out to GB/T 9704-2012:
 * A4, the standard margins, a document grid of 22 lines × 28 characters, the standard faces and sizes per role, and page numbers on alternating sides.
 * Pure: no file system; the caller writes the bytes.
 */
export async function buildDocx(doc: ReportDocument): Promise<Uint8Array> {
  const normalRun = { font: runFont(DOCX_FONTS[doc.script].fang), size: SIZE.body, characterSpacing: CHAR_SPACING, language: { value: 'en-US', eastAsia: eastAsianLanguage(doc.script) } };
  const word = new Document({
    title: cleanText(doc.meta.title),
    creator: cleanText(doc.meta.jurisdiction),
    lastModifiedBy: cleanText(doc.meta.jurisdiction),
    subject: `${doc.meta.year}`,
    description: 'Fazhi Report',
    evenAndOddHeaderAndFooters: true,
    styles: {
      // 3号 仿宋, tightened to 28 characters a line (page.ts), both as the document default and in the Normal
      // style itself: some readers take one, some the other.
      default: { document: { run: normalRun, paragraph: { spacing: { before: 0, after: 0 } } } },
      paragraphStyles: [{ id: 'Normal', name: 'Normal', quickFormat: true, run: normalRun }],
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.footer } },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: pageNumberFooters(doc.script),
        children: doc.blocks.flatMap((b) => blockParagraphs(b, doc)),
      },
    ],
  });
  return Packer.pack(word, 'uint8array');
}
