import { paragraphText, type Block, type ReportDocument } from '../document/report-document.js';
import { stripControlChars } from '../text/control-chars.js';

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
      return [block.organization, block.date].filter((s) => s !== '');
    default:
      return [block.text];
  }
}
