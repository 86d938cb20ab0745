import { parseDocument, type Document, type YAMLError } from 'yaml';
import { LineIndex } from '../text/line-index.js';
import type { Diagnostic, Locale } from '../validate/diagnostic.js';
import { syntaxMessage } from './syntax-messages.js';

/** Aliases expand when the data is built; a small cap defuses "billion laughs" files. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedReport {
  /** Where the text came from, for messages (a path or URI). */
  source: string;
  text: string;
  doc: Document.Parsed;
  lines: LineIndex;
  /** The data as plain values, or undefined when it cannot be built (see `problems`). */
  data: unknown;
  /** YAML syntax errors and warnings, and a failure to build the data. */
  problems: Diagnostic[];
}

export interface ParseOptions {
  source?: string;
  locale?: Locale;
}

/** Parses a report data file. Never throws: every problem becomes a diagnostic. */
export function parseReport(text: string, options: ParseOptions = {}): ParsedReport {
  const locale = options.locale ?? 'zh';
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  const problems: Diagnostic[] = [
    ...doc.errors.map((e) => fromYamlError(e, 'error', locale, text.length)),
    ...doc.warnings.map((e) => fromYamlError(e, 'warning', locale, text.length)),
  ];
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    problems.push({
      code: 'alias-limit',
      severity: 'error',
      range: { start: 0, end: Math.min(text.length, 1) },
      message:
        locale === 'zh'
          ? `别名（*引用）展开过多，超过 ${MAX_ALIAS_COUNT} 次的上限：请直接写出内容，不要用别名。`
          : `Aliases expand more than ${MAX_ALIAS_COUNT} times: write the content out instead of using aliases. (${(err as Error).message})`,
    });
  }
  return { source: options.source ?? '<report>', text, doc, lines: new LineIndex(text), data, problems };
}

function fromYamlError(e: YAMLError, severity: 'error' | 'warning', locale: Locale, length: number): Diagnostic {
  const [start, end] = e.pos;
  const safeStart = Math.min(start, length);
  return {
    code: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax',
    severity,
    range: { start: safeStart, end: Math.max(safeStart, Math.min(end, length)) },
    message: syntaxMessage(e, locale),
  };
}
