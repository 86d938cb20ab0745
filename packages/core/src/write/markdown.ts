import type { Block, ReportDocument, Run, TableBlock } from '../document/report-document.js';
import { stripControlChars } from '../text/control-chars.js';
import { oneLine, titleOnOneLine, writtenLines } from './title-lines.js';

/**
 * Markdown for wikis and review threads: headings by level, run-in headings in bold. Whatever the data holds,
 * it stays text under CommonMark (and GFM's strike-through): checked with a real parser in the tests.
 */
export function writeMarkdown(doc: ReportDocument): string {
  return stripControlChars(doc.blocks.map(blockMarkdown).join('\n\n') + '\n');
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `# ${escape(titleOnOneLine(block.text))}`;
    case 'heading':
      return `${'#'.repeat(block.level + 1)} ${escape(block.text)}`;
    case 'salutation':
      return escape(block.text);
    case 'paragraph':
      return paragraphMarkdown(block.runs);
    case 'signature':
      // Two trailing spaces: a line break inside one Markdown paragraph.
      return [...writtenLines(block.organization), block.date].filter((s) => s !== '').map(escape).join('  \n');
    case 'printed-by':
      return [oneLine(block.organization), block.date].filter((s) => s !== '').map(escape).join('　');
    case 'document-number':
    case 'copy-to':
      return escape(block.text);
    case 'attachment-label':
      // A rule where the attachment starts its new page.
      return `---\n\n**${escape(block.text)}**`;
    case 'attachment-title':
      return `# ${escape(titleOnOneLine(block.text))}`;
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

/**
 * Characters that are Markdown syntax anywhere in a line: emphasis, code, links, HTML and entities (`&amp;`),
 * tables, strike-through (`~~x~~`) and fences (`~~~`). A backslash makes any ASCII punctuation literal.
 */
const INLINE = /[\\`*_[\]<>#|~&]/g;
/** Syntax only at the start of a line: list items (`- x`, `+ x`, `1. x`, `1) x`), rules (`---`), setext underlines (`===`). */
const LINE_START = /^([-+=]|\d+[.)])/;

/** Text that CommonMark reads back as exactly itself, inside one block. */
function escape(text: string): string {
  return text
    .replace(INLINE, '\\$&')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+/, '').replace(LINE_START, (m) => (/^\d/.test(m) ? `${m.slice(0, -1)}\\${m.slice(-1)}` : `\\${m}`)))
    .join('\n');
}

function paragraphMarkdown(runs: Run[]): string {
  const texts = runs.map((r) => escape(r.text));
  return runs.map((r, i) => (r.heading === undefined ? texts[i] : bold(texts[i] as string, texts[i - 1]?.slice(-1), texts[i + 1]?.[0]))).join('');
}

/** Unicode punctuation or symbol, as CommonMark's flanking rules count them (CJK 。，（） included). */
const PUNCT = /[\p{P}\p{S}]/u;
/** A neighbour that lets `**` open before or close after punctuation: whitespace, punctuation or the line's end. */
const opensUp = (c: string | undefined) => c === undefined || /\s/.test(c) || PUNCT.test(c);

/**
 * `**text**` that CommonMark really reads as bold. `**` after punctuation closes only before whitespace or
 * punctuation, so `**（一）坚持……。**一是` stays literal asterisks: punctuation at the edge of a run-in heading
 * moves outside the markers when its neighbour would stop them (`**（一）坚持……**。一是`).
 */
function bold(text: string, before: string | undefined, after: string | undefined): string {
  // Units: an escape pair (`\*`) moves as one, so no backslash is parted from what it escapes.
  const units = text.match(/\\[\s\S]|[\s\S]/gu) ?? [];
  const edge = (u: string, neighbour: string | undefined) => /^\s/.test(u) || (PUNCT.test(u.slice(-1)) && !opensUp(neighbour));
  let lead = '';
  let tail = '';
  while (units.length && edge(units[0] as string, lead.slice(-1) || before)) lead += units.shift();
  while (units.length && edge(units[units.length - 1] as string, tail[0] ?? after)) tail = units.pop() + tail;
  return units.length ? `${lead}**${units.join('')}**${tail}` : lead + tail;
}
