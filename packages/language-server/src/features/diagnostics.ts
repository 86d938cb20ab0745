import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, LineIndex, Severity } from '@fazhi/core';
import type { ServerContext } from '../context.js';
import { toLspRange } from '../positions.js';
import type { Feature } from './feature.js';

/** Changes closer together than this are a burst of typing: wait for a pause before checking. */
const BURST_GAP_MS = 100;
/** The pause that ends a burst. */
const DEBOUNCE_MS = 150;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Core's fix travels in `data` too (its title and edits in LSP positions), so a client can show or apply it
 * from the published diagnostic alone; the code action offers the same edits.
 */
export function toLspDiagnostic(d: Diagnostic, lines: LineIndex): LspDiagnostic {
  const lsp: LspDiagnostic = { range: toLspRange(lines, d.range), severity: SEVERITY[d.severity], code: d.code, source: 'fazhi', message: d.message };
  if (d.fix) lsp.data = { fix: { title: d.fix.title, edits: d.fix.edits.map((e) => ({ range: toLspRange(lines, e.range), newText: e.newText })) } };
  return lsp;
}

/**
 * Publishes core's diagnostics after open and after edits. The first change after a pause is checked at
 * once (the writer waits for nothing); changes in a burst are coalesced until a 150 ms pause. Results are
 * computed for the newest version only and published with that version, so a stale one never shows.
 */
export const diagnostics: Feature = {
  capabilities: {},
  register(context) {
    const timers = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();
    const lastChange = new Map<string, number>();
    const published = new Set<string>();

    const cancel = (uri: string) => {
      const t = timers.get(uri);
      if (t) {
        clearTimeout(t as NodeJS.Timeout);
        clearImmediate(t as NodeJS.Immediate);
      }
      timers.delete(uri);
    };
    const schedule = (document: TextDocument) => {
      const { uri, version } = document;
      const now = performance.now();
      const inBurst = now - (lastChange.get(uri) ?? -Infinity) < BURST_GAP_MS || timers.has(uri);
      lastChange.set(uri, now);
      cancel(uri);
      const run = () => {
        timers.delete(uri);
        publish(context, uri, version, published);
      };
      // setImmediate lets changes already waiting in the input be read first: only the newest is checked.
      timers.set(uri, inBurst ? setTimeout(run, DEBOUNCE_MS) : setImmediate(run));
    };

    context.documents.onDidChangeContent((e) => schedule(e.document));
    context.documents.onDidClose((e) => {
      cancel(e.document.uri);
      lastChange.delete(e.document.uri);
      if (published.delete(e.document.uri)) void context.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    context.onWorldChanged(() => {
      for (const document of context.documents.all()) {
        cancel(document.uri);
        publish(context, document.uri, document.version, published);
      }
    });
  },
};

function publish(context: ServerContext, uri: string, version: number, published: Set<string>): void {
  const document = context.documents.get(uri);
  if (!document || document.version !== version) return; // a newer version has its own run scheduled
  const analysis = context.analyses.get(document);
  if (!analysis.parsed) {
    // Not (or no longer) a report: clear what this server said before, say nothing otherwise.
    if (published.delete(uri)) void context.connection.sendDiagnostics({ uri, version, diagnostics: [] });
    return;
  }
  const lines = analysis.parsed.lines;
  const diagnostics = analysis.diagnostics().map((d) => toLspDiagnostic(d, lines));
  published.add(uri);
  void context.connection.sendDiagnostics({ uri, version, diagnostics });
}
