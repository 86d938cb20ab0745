import { Converter } from 'opencc-js/cn2t';
import type { Block } from '../document/report-document.js';

let toTraditional: ((s: string) => string) | undefined;

/**
 * Simplified → traditional at phrase level (OpenCC's dictionaries: 规范 → 規範, not the character-by-character
 * 規范 that web converters produce). Built on first use: the dictionaries take a moment to load.
 */
export function traditional(text: string): string {
  // Taiwan standard forms (為, 群眾, 著): what writers and readers of traditional script expect, rather than
  // OpenCC's etymological defaults (爲, 羣衆).
  const convert = (toTraditional ??= Converter({ from: 'cn', to: 'tw' }));
  return convert(text);
}

export function blockToTraditional<B extends Block>(block: B): B {
  switch (block.kind) {
    case 'paragraph':
      return { ...block, runs: block.runs.map((r) => ({ ...r, text: traditional(r.text) })) };
    case 'signature':
    case 'printed-by':
      return { ...block, organization: traditional(block.organization), date: traditional(block.date) };
    case 'attachment-list':
      return { ...block, lines: block.lines.map(traditional) };
    case 'table': {
      const caption = block.caption === undefined ? {} : { caption: traditional(block.caption) };
      return { ...block, ...caption, header: block.header.map(traditional), rows: block.rows.map((r) => r.map(traditional)) };
    }
    default:
      return { ...block, text: traditional(block.text) };
  }
}
