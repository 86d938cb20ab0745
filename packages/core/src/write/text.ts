import { paragraphText, type Block, type ReportDocument } from '../document/report-document.js';

/** One paragraph per line, as the published reports are copied around; no indentation, no blank lines. */
export function writeText(doc: ReportDocument): string {
  return doc.blocks.flatMap(blockLines).join('\n') + '\n';
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
