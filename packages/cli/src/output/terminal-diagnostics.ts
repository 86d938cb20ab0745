import type { Diagnostic, LineIndex, Locale } from '@fazhi/core';
import { displayWidth } from './display-width.js';
import type { Style } from './style.js';
import { excerpt, terminalSafe } from './terminal-safe.js';

/** 1-based line and column, as terminals and editors show them. */
export function lineColumn(lines: LineIndex, offset: number): { line: number; column: number } {
  const p = lines.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示', hint: '提示' };

/**
 * One diagnostic the way compilers print them: `file:line:col  severity  code  message`, the source
 * line, a caret under the range (measured in terminal columns, so it lines up under Chinese text),
 * and the fix when there is one.
 */
export function formatDiagnostic(d: Diagnostic, file: string, lines: LineIndex, style: Style, locale: Locale): string {
  const { line, column } = lineColumn(lines, d.range.start);
  const sev = d.severity === 'error' ? style.red : d.severity === 'warning' ? style.yellow : style.cyan;
  const label = locale === 'zh' ? SEVERITY_ZH[d.severity] ?? d.severity : d.severity;
  const out = [`${style.bold(`${terminalSafe(file)}:${line}:${column}`)}  ${sev(label)}  ${style.dim(d.code)}  ${terminalSafe(d.message)}`];
  if (lines.lineCount > 0 && line - 1 < lines.lineCount) {
    // Cut first, then make safe: only the excerpt's ~120 characters are scanned, so a 350 KB line with 40,000
    // findings prints in linear time (sanitising the whole line per finding took 16 s).
    const raw = lines.lineText(line - 1);
    const startCol = column - 1;
    const endOffset = Math.min(d.range.end, lines.lineEnd(line - 1));
    const endCol = Math.max(startCol + 1, endOffset - lines.lineStart(line - 1));
    const gutter = String(line).padStart(5);
    const shown = excerpt(raw, startCol);
    const pad = displayWidth(shown.lead + terminalSafe(raw.slice(shown.from, startCol)));
    const width = Math.max(1, displayWidth(terminalSafe(raw.slice(startCol, Math.min(endCol, shown.to)))));
    out.push(style.dim(`${gutter} | `) + terminalSafe(shown.text).replace(/\t/g, '    '));
    out.push(style.dim(`${' '.repeat(gutter.length)} | `) + ' '.repeat(pad) + sev('^'.repeat(width)));
  }
  // A scaffold (a missing part with a placeholder) is the editor's to offer; the message says what to add.
  if (d.fix && !d.fix.scaffold) out.push(`${' '.repeat(8)}${style.cyan(locale === 'zh' ? '可修复：' : 'fix: ')}${terminalSafe(d.fix.title)}`);
  return out.join('\n');
}
