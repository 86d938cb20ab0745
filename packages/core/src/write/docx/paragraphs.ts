import { AlignmentType, LineRuleType, Paragraph, TextRun, type IRunOptions, type Table } from 'docx';
import type { Block, HeadingLevel, ReportDocument, SignatureBlock } from '../../document/report-document.js';
import { cleanText } from './clean-text.js';
import { DOCX_FONTS, runFont, type FontRole } from './fonts.js';
import { CHAR_PITCH, LINE_PITCH, SIZE, TITLE_LINE } from './page.js';
import { furnitureBlocks } from './furniture.js';
import { reportTitleLines, widthOf, writtenLines } from '../title-lines.js';

/** The face and weight of each heading level (GB/T 9704 7.3.3): 一、黑体, （一）楷体, 1. 仿宋 bold, （1）仿宋. */
const HEADING_FACE: Record<HeadingLevel, { role: FontRole; bold: boolean }> = {
  1: { role: 'hei', bold: false },
  2: { role: 'kai', bold: false },
  3: { role: 'fang', bold: true },
  4: { role: 'fang', bold: false },
};

/** Body text: first line indented two characters (“空二字”), justified. */
const BODY = { alignment: AlignmentType.BOTH, indent: { firstLine: Math.round(CHAR_PITCH * 2), firstLineChars: 200 } } as const;

/** The Word paragraphs of one block of the report. */
export function blockParagraphs(block: Block, doc: ReportDocument): Array<Paragraph | Table> {
  const faces = DOCX_FONTS[doc.script];
  const run = (text: string, role: FontRole, extra: IRunOptions = {}) => new TextRun({ text: cleanText(text), font: runFont(faces[role]), ...extra });
  switch (block.kind) {
    case 'title': {
      const lines = reportTitleLines(block.text, doc, cleanText);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: TITLE_LINE, lineRule: LineRuleType.EXACT, after: LINE_PITCH },
          children: lines.map((line, i) => run(line, 'title', { size: SIZE.title, ...(i ? { break: 1 } : {}) })),
        }),
      ];
    }
    case 'salutation':
      return [new Paragraph({ alignment: AlignmentType.BOTH, children: [run(block.text, 'fang')] })];
    case 'heading': {
      const face = HEADING_FACE[block.face ?? block.level];
      // The outline level puts the heading in Word's navigation pane and table of contents.
      return [new Paragraph({ ...BODY, keepNext: true, outlineLevel: block.level - 1, children: [run(block.text, face.role, face.bold ? { bold: true } : {})] })];
    }
    case 'paragraph':
      return [
        new Paragraph({
          ...BODY,
          children: block.runs.map((r) => {
            if (!r.heading) return run(r.text, 'fang');
            const face = HEADING_FACE[r.heading];
            return run(r.text, face.role, face.bold ? { bold: true } : {});
          }),
        }),
      ];
    case 'signature':
      return signatureParagraphs(block, (text) => run(text, 'fang'));
    case 'attachment-title': {
      // §8: the attachment's title on the third line of its page, set like the report's title.
      const lines = reportTitleLines(block.text, doc, cleanText);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { line: TITLE_LINE, lineRule: LineRuleType.EXACT, before: LINE_PITCH, after: LINE_PITCH },
          children: lines.map((line, i) => run(line, 'title', { size: SIZE.title, ...(i ? { break: 1 } : {}) })),
        }),
      ];
    }
    default:
      return furnitureBlocks(block, run);
  }
}

/**
 * GB/T 9704 7.3.5.2, for a report without a seal: one blank line below the body, the organisation right-aligned
 * two characters in from the right; the date on the next line, its first character two characters right of the
 * organisation's first. A date longer than that allows sits two characters in, and the organisation moves left.
 */
function signatureParagraphs(block: SignatureBlock, run: (text: string) => TextRun): Paragraph[] {
  // Joint issuers one per line, the organiser first (7.3.5.2), their right ends flush: the widest places the date.
  const organs = writtenLines(block.organization).map(cleanText).filter((line) => line !== '');
  const date = cleanText(block.date);
  const orgWidth = Math.max(0, ...organs.map((line) => widthOf([...line])));
  const dateWidth = widthOf([...date]);
  let orgRight = 2;
  let dateRight = orgWidth - dateWidth;
  if (organs.length === 0 || dateRight < 2) {
    dateRight = 2;
    orgRight = 4 + dateWidth - orgWidth;
  }
  // Every line but the last keeps with the next: the signature never splits over a page.
  const line = (text: string, rightChars: number, first: boolean, last: boolean) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(rightChars * CHAR_PITCH) },
      ...(first ? { spacing: { before: LINE_PITCH } } : {}),
      keepNext: !last,
      children: [run(text)],
    });
  const out: Paragraph[] = [];
  organs.forEach((organ, i) => out.push(line(organ, orgRight, i === 0, !date && i === organs.length - 1)));
  if (date) out.push(line(date, dateRight, organs.length === 0, true));
  return out;
}
