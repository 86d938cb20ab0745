import { Converter } from 'opencc-js/cn2t';
import { mapBlockText, type Block } from '../document/report-document.js';

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
  return mapBlockText(block, traditional);
}
