import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { AttachmentListBlock, Block, PrintedByBlock, TableBlock, TextLineBlock } from '../../document/report-document.js';
import type { FontRole } from './fonts.js';
import { CHAR_PITCH, LINE_PITCH, SIZE, typeWidth } from './page.js';
import { oneLine, widthOf } from '../title-lines.js';

type RunOf = (text: string, role: FontRole, extra?: IRunOptions) => TextRun;
type Furniture = TextLineBlock | AttachmentListBlock | TableBlock | PrintedByBlock;

const chars = (n: number) => Math.round(n * CHAR_PITCH);
/** GB/T 9704 §7.4.1: the imprint's first and last rules are thick (0.35 mm), the ones between thin (0.25 mm). */
const THICK = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };
const THIN = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };

/** The Word form of document furniture: 文号, 附件说明, 附件 label, tables, and the imprint (抄送, 印发). */
export function furnitureBlocks(block: Block, run: RunOf): Array<Paragraph | Table> {
  const b = block as Furniture;
  switch (b.kind) {
    case 'document-number':
      return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: LINE_PITCH }, children: [run(b.text, 'fang')] })];
    case 'attachment-label':
      // §8: on a new page, 附件 and its number in 3号黑体 at the top left, flush with the margin.
      return [new Paragraph({ pageBreakBefore: true, alignment: AlignmentType.LEFT, children: [run(b.text, 'hei')] })];
    case 'attachment-list':
      return attachmentList(b, run);
    case 'table':
      return table(b, run);
    case 'copy-to': {
      // §7.4.2: 4号仿宋, one character in from each side; a second line aligns under the first organisation.
      const lead = widthOf([...(b.text.split('：')[0] ?? '')]) + 1;
      return [
        new Paragraph({
          spacing: { before: LINE_PITCH },
          indent: { left: chars(1 + lead), hanging: chars(lead), right: chars(1) },
          border: { top: THICK, bottom: THIN },
          children: [run(b.text, 'fang', { size: SIZE.imprint })],
        }),
      ];
    }
    case 'printed-by':
      return [
        new Paragraph({
          indent: { left: chars(1), right: chars(1) },
          tabStops: [{ type: TabStopType.RIGHT, position: typeWidth - chars(1) }],
          border: { bottom: THICK },
          // A tab character would be dropped with the other control characters (clean-text.ts): Word's own tab
          // element carries the date to the right tab stop.
          children: [run(oneLine(b.organization), 'fang', { size: SIZE.imprint }), new TextRun({ children: [new Tab()], size: SIZE.imprint }), run(b.date, 'fang', { size: SIZE.imprint })],
        }),
      ];
    default:
      return [];
  }
}

/** §7.3.6: one blank line below the body, two characters in; later names align under the first one's first character. */
function attachmentList(b: AttachmentListBlock, run: RunOf): Paragraph[] {
  const lead = widthOf([...(b.lines[0]?.split('：')[0] ?? '')]) + 1;
  return b.lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.BOTH,
        indent: { left: chars(2 + (i === 0 ? 0 : lead)) },
        ...(i === 0 ? { spacing: { before: LINE_PITCH } } : {}),
        keepNext: i < b.lines.length - 1,
        children: [run(line, 'fang')],
      }),
  );
}

/** A real Word table: single borders, the header row repeated on every page, rows never split across pages. */
function table(b: TableBlock, run: RunOf): Array<Paragraph | Table> {
  const columns = Math.max(1, b.header.length, ...b.rows.map((r) => r.length));
  const width = Math.floor(typeWidth / columns);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cell = (text: string, role: FontRole) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, role)] })],
    });
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: Array.from({ length: columns }, (_, i) => cell(cells[i] ?? '', header ? 'hei' : 'fang')),
    });
  const out: Array<Paragraph | Table> = [];
  if (b.caption) out.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run(b.caption, 'hei')] }));
  out.push(
    new Table({
      width: { size: width * columns, type: WidthType.DXA },
      columnWidths: Array<number>(columns).fill(width),
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))],
    }),
  );
  return out;
}
