import type { Block, ReportDocument, Run, TableBlock } from '../document/report-document.js';
import { stripControlChars } from '../text/control-chars.js';

/** Markdown for wikis and review threads: headings by level, run-in headings in bold. */
export function writeMarkdown(doc: ReportDocument): string {
  return stripControlChars(doc.blocks.map(blockMarkdown).join('\n\n') + '\n');
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `# ${escape(block.text)}`;
    case 'heading':
      return `${'#'.repeat(block.level + 1)} ${escape(block.text)}`;
    case 'salutation':
      return escape(block.text);
    case 'paragraph':
      return block.runs.map(runMarkdown).join('');
    case 'signature':
      // Two trailing spaces: a line break inside one Markdown paragraph.
      return [block.organization, block.date].filter((s) => s !== '').map(escape).join('  \n');
    case 'printed-by':
      return [block.organization, block.date].filter((s) => s !== '').map(escape).join('　');
    case 'document-number':
    case 'copy-to':
      return escape(block.text);
    case 'attachment-label':
      // A rule where the attachment starts its new page.
      return `---\n\n**${escape(block.text)}**`;
    case 'attachment-title':
      return `# ${escape(block.text)}`;
    case 'attachment-list':
      return block.lines.map(escape).join('  \n');
    case 'table':
      return tableMarkdown(block);
  }
}

function tableMarkdown(block: TableBlock): string {
  const row = (cells: string[]) => `| ${cells.map((c) => escape(c) || ' ').join(' | ')} |`;
  const width = Math.max(block.header.length, ...block.rows.map((r) => r.length));
  const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
  const lines = [row(pad(block.header)), `|${' --- |'.repeat(width)}`, ...block.rows.map((r) => row(pad(r)))];
  return block.caption ? `${escape(block.caption)}\n\n${lines.join('\n')}` : lines.join('\n');
}

function runMarkdown(run: Run): string {
  return run.heading === undefined ? escape(run.text) : `**${escape(run.text)}**`;
}

/** Chinese prose rarely holds Markdown syntax, but a `*` or `<` from the data must print as itself. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\d+)\./, '$1\\.');
}
