// Pure text checks on a data file, shared by the extension and its unit tests (no `vscode` import here).
import { looksLikeReportText } from '@fazhi/schema';

const TEMPLATE_LINE = /^template:[ \t]*["']?([A-Za-z0-9][\w-]*)["']?[ \t]*(?:#.*)?$/m;

/** The pack id named by the top-level `template:` key, if the text has one. */
export function templateIdOf(text: string): string | undefined {
  return TEMPLATE_LINE.exec(text)?.[1];
}

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
  return [...text].length;
}
