import { paragraphText, type Block, type ReportDocument } from '../document/report-document.js';
import { stripControlChars } from '../text/control-chars.js';
import { oneLine, writtenLines } from './title-lines.js';

/**
 * One paragraph per line, as the published reports are copied around; no indentation, no blank lines.
 * Control characters from the data are dropped (see text/control-chars.ts).
 */
export function writeText(doc: ReportDocument): string {
  return stripControlChars(doc.blocks.flatMap(blockLines).join('\n') + '\n');
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraphText(block)];
    case 'signature':
      // Joint issuers one per line.
      return [...writtenLines(block.organization), block.date].filter((s) => s !== '');
    case 'printed-by':
      // One line, as the imprint prints it: the office at the left, the date at the right.
      return [[oneLine(block.organization), block.date].filter((s) => s !== '').join('\t')];
    case 'attachment-list':
      return block.lines;
    case 'table':
      // Cells separated by tabs: what copying a table out of a published page gives, and what pastes back into one.
      return [...(block.caption ? [block.caption] : []), block.header.join('\t'), ...block.rows.map((r) => r.join('\t'))];
    default:
      return [block.text];
  }
}
