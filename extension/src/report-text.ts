// Pure text checks on a data file, shared by the extension and its unit tests (no `vscode` import here).
import { looksLikeReportText } from '@fazhi/schema';

/** The pack id named by the top-level `template:` key, read as the language server reads it. */
export { templateIdOf } from '@fazhi/schema';

/** What makes a YAML file a report data file: the language server's rule (see looksLikeReportText). */
export function looksLikeReport(text: string): boolean {
  return looksLikeReportText(text);
}

/** Characters of the rendered report, counted as a writer counts them: no whitespace, no markup. */
export function countCharacters(html: string): number {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const text = body
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi, '_')
    .replace(/\s+/g, '');
  // Code points, not UTF-16 units (a character outside the BMP is one), counted without spreading the text into an
  // array: that took 10–40 ms for a 300 KB report's page, on the extension host, after every render.
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

const SURROGATE_PAIR = /[\uD800-\uDBFF](?=[\uDC00-\uDFFF])/g;

/** A pack's name without its parenthesised gloss: 海安高新区格式（江苏开发区） → 海安高新区格式. */
export function shortPackName(name: string): string {
  return name.replace(/[（(][^）)]*[）)]\s*$/, '').trim() || name;
}
