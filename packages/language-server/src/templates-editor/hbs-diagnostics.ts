import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '@fazhi/core';
import { pick, type ServerContext } from '../context.js';
import type { PackFile } from './pack-file.js';
import { renderThroughPack } from './pack-render.js';
import type { PackState } from './pack-state.js';

/**
 * What `fazhi templates lint` says about this file (its own code, on the buffers as typed), and the template fault
 * that stops the pack's example from rendering, where it is in this file. A pack whose manifest does not resolve
 * says so once, at the top.
 */
export function hbsDiagnostics(context: ServerContext, state: PackState, pack: PackFile, document: TextDocument, locale: Locale): LspDiagnostic[] {
  if (!state.manifest) {
    const why = state.problems.map((p) => pick(locale, p.message, p.message_en)).join('\n');
    return [diagnostic(document, 1, 1, undefined, 'template-broken', pick(locale, `模板“${pack.packId}”的 template.yaml 有错误，无法检查本文件：${why}`, `The manifest of pack "${pack.packId}" is broken, so this file cannot be checked: ${why}`))];
  }
  const out: LspDiagnostic[] = [];
  for (const f of state.findings()) {
    if (f.templateId !== pack.packId || f.file !== pack.file) continue;
    const end = f.endLine === undefined ? undefined : { line: f.endLine, column: f.endColumn ?? 1 };
    out.push(diagnostic(document, f.line ?? 1, f.column ?? 1, end, 'templates-lint', pick(locale, f.message, f.message_en ?? f.message)));
  }
  const fault = renderThroughPack(context, state, locale)?.result.templateError;
  if (fault && fault.templateId === pack.packId && fault.file === pack.file && !out.some((d) => d.range.start.line === (fault.line ?? 1) - 1)) {
    const message = pick(locale, `渲染示例时出错：${fault.message}`, `Rendering the example failed: ${fault.messageEn}`);
    out.push(diagnostic(document, fault.line ?? 1, fault.column ?? 1, undefined, 'template-error', message));
  }
  return out;
}

/** 1-based line and column (Handlebars' and lint's convention) to an LSP range; without an end, the word there. */
function diagnostic(document: TextDocument, line: number, column: number, end: { line: number; column: number } | undefined, code: string, message: string): LspDiagnostic {
  const start = { line: line - 1, character: column - 1 };
  let stop = end ? { line: end.line - 1, character: end.column - 1 } : undefined;
  if (!stop) {
    const text = document.getText({ start, end: { line: start.line, character: Number.MAX_SAFE_INTEGER } });
    const word = /^[^\s{}()]*/.exec(text)?.[0].length ?? 0;
    stop = { line: start.line, character: start.character + Math.max(word, 1) };
  }
  return { range: { start, end: stop }, severity: DiagnosticSeverity.Error, code, source: 'fazhi', message };
}
