import type { Block, ReportDocument, Run } from '../document/report-document.js';
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
  }
}

function runMarkdown(run: Run): string {
  return run.heading === undefined ? escape(run.text) : `**${escape(run.text)}**`;
}

/** Chinese prose rarely holds Markdown syntax, but a `*` or `<` from the data must print as itself. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\d+)\./, '$1\\.');
}
