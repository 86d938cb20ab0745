import { INVISIBLE_CLASS } from '../../text/control-chars.js';

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab and newlines, U+FFFE/U+FFFF, lone surrogates), and
 * the tab and line breaks themselves, which have no place inside a paragraph of this report. Word refuses a file
 * with any of them, so they go before the text reaches the document.
 */
// eslint-disable-next-line no-control-regex
// The invisible and C1 characters every writer drops (text/control-chars.ts) go too.
const UNWANTED = new RegExp(`[\\u0000-\\u001F\\u007F\\uFFFE\\uFFFF${INVISIBLE_CLASS}]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`, 'g');

export function cleanText(text: string): string {
  return text.replace(UNWANTED, '');
}
