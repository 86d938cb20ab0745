import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { Script } from '../../document/report-document.js';
import { DOCX_FONTS, runFont } from './fonts.js';
import { CHAR_PITCH, FOOTER_LINE, SIZE } from './page.js';

/**
 * Page numbers as GB/T 9704 7.5 sets them: 4号 half-width 宋体 Arabic numerals between em dashes, “— 1 —”;
 * odd pages at the right one character in, even pages at the left one character in. Word needs the document's
 * even-and-odd setting for the `even` footer to be used.
 */
export function pageNumberFooters(script: Script): { default: Footer; even: Footer } {
  return { default: footer(script, 'odd'), even: footer(script, 'even') };
}

function footer(script: Script, side: 'odd' | 'even'): Footer {
  const oneChar = Math.round(CHAR_PITCH);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: runFont(DOCX_FONTS[script].pageNumber), size: SIZE.pageNumber })],
      }),
    ],
  });
}
