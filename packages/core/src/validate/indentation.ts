import type { ParsedReport } from '../parse/parse-report.js';
import { firstMisindented, type Level, type Misindented } from '../parse/indent-model.js';
import type { Diagnostic, Locale, TextEdit } from './diagnostic.js';

export interface IndentationFinding {
  diagnostic: Diagnostic;
  /** Lines (0-based) whose syntax errors are this finding's consequences when there is no fix to re-check with. */
  lines: [number, number];
}

/**
 * After a syntax error, the line whose indentation fits no open level, at or just before the error (the
 * parser often stops a line late, on the next key): one `indentation` finding saying where the line belongs,
 * with a fix when exactly one level is nearest. Silent when the YAML parses, or the model finds nothing.
 */
export function diagnoseIndentation(parsed: ParsedReport, locale: Locale): IndentationFinding | undefined {
  const firstSyntax = parsed.problems.find((p) => p.code === 'syntax' && p.severity === 'error');
  if (!firstSyntax) return undefined;
  const lines = parsed.text.split('\n');
  const errorLine = parsed.lines.positionAt(firstSyntax.range.start).line;
  const wrong = firstMisindented(lines, errorLine + 1);
  if (!wrong || wrong.nearest.length === 0) return undefined;
  const start = parsed.lines.offsetAt({ line: wrong.line, character: 0 });
  const leading = /^[ \t]*/.exec(lines[wrong.line] as string)?.[0].length ?? 0;
  const range = { start, end: start + Math.max(1, leading) };
  const only = wrong.nearest.length === 1 ? wrong.nearest[0] : undefined;
  const fix = only ? { title: fixTitle(only.column, locale), edits: [reindent(start, leading, only.column)] } : undefined;
  return {
    diagnostic: { code: 'indentation', severity: 'error', range, message: message(wrong, locale), ...(fix ? { fix } : {}) },
    lines: [Math.min(wrong.line - 1, errorLine), Math.max(wrong.line, errorLine)],
  };
}

export const reindent = (lineStart: number, leading: number, column: number): TextEdit => ({
  range: { start: lineStart, end: lineStart + leading },
  newText: ' '.repeat(column),
});

export const fixTitle = (column: number, locale: Locale) => (locale === 'zh' ? `缩进改为 ${column} 个空格` : `Indent by ${column} spaces`);

const where = (l: Level, locale: Locale) =>
  locale === 'zh'
    ? `与第 ${l.line + 1} 行的“${l.label}”对齐，缩进 ${l.column} 个空格`
    : `line it up with "${l.label}" on line ${l.line + 1} (${l.column} spaces)`;

function message(wrong: Misindented, locale: Locale): string {
  const [a, b] = wrong.nearest as [Level, Level | undefined];
  if (locale === 'zh') {
    const head = `缩进不对：这一行缩进了 ${wrong.width} 个空格，和上面任何一层都对不齐（同一层的键要左对齐）。`;
    return b ? `${head}如果它和“${a.label}”同一层，应${where(a, locale)}；如果和“${b.label}”同一层，应${where(b, locale)}。` : `${head}应${where(a, locale)}。`;
  }
  const head = `Indentation: this line is indented ${wrong.width} spaces, which matches no level above (keys of one level line up).`;
  return b ? `${head} To be at the level of "${a.label}", ${where(a, locale)}; at the level of "${b.label}", ${where(b, locale)}.` : `${head} ${where(a, locale).replace(/^l/, 'L')}.`;
}
