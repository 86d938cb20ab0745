import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, LineIndex } from '@fazhi/core';
import { pick } from '../context.js';
import { toLspRange } from '../positions.js';

/**
 * Fixes that are a guess (the closest key, value, pack or figure name): right one by one, with the writer looking,
 * but never applied in bulk. Every other fix core attaches is mechanical (a full-width colon, a quote, a year) and
 * applying all of them is what the writer means by “fix all of this kind”.
 */
const GUESSES = new Set(['unknown-key', 'bad-enum', 'unknown-template', 'unknown-figure']);

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.fazhi`;

export function safeInBulk(d: Diagnostic): boolean {
  return d.fix !== undefined && !GUESSES.has(d.code);
}

/** One action that applies every fix of a code in the file, offered beside a diagnostic of that code when it recurs. */
export function fixAllOfCode(
  code: string,
  all: Diagnostic[],
  uri: string,
  lines: LineIndex,
  locale: 'zh' | 'en',
  toLsp: (d: Diagnostic) => LspDiagnostic,
): CodeAction | undefined {
  const same = all.filter((d) => d.code === code && safeInBulk(d));
  if (same.length < 2) return undefined;
  return {
    title: pick(locale, `修复本文件中全部 ${same.length} 处同类问题（${code}）`, `Fix all ${same.length} ${code} problems in this file`),
    kind: CodeActionKind.QuickFix,
    diagnostics: same.map(toLsp),
    edit: { changes: { [uri]: editsOf(same, lines) } },
  };
}

/** `source.fixAll`: every bulk-safe fix in the file (the editor's "Fix All" and `editor.codeActionsOnSave`). */
export function fixAll(all: Diagnostic[], uri: string, lines: LineIndex, locale: 'zh' | 'en'): CodeAction | undefined {
  const fixable = all.filter(safeInBulk);
  if (!fixable.length) return undefined;
  return {
    title: pick(locale, `修复本文件中全部可自动修复的问题（${fixable.length} 处）`, `Fix all ${fixable.length} auto-fixable problems in this file`),
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: editsOf(fixable, lines) } },
  };
}

/** The fixes' edits in file order; an edit overlapping one already taken waits for the next round. */
function editsOf(diagnostics: Diagnostic[], lines: LineIndex) {
  const edits = diagnostics.flatMap((d) => d.fix?.edits ?? []).sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const taken: typeof edits = [];
  for (const e of edits) {
    const last = taken[taken.length - 1];
    if (last && e.range.start < last.range.end) continue;
    if (last && e.range.start === last.range.start && e.range.end === last.range.end) continue;
    taken.push(e);
  }
  return taken.map((e) => ({ range: toLspRange(lines, e.range), newText: e.newText }));
}
