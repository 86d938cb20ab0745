import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, LineIndex, Locale, Severity } from '@fazhi/core';
import { pick, type ServerContext } from '../context.js';
import { toLspRange } from '../positions.js';
import { startupLine } from '../startup-clock.js';
import type { Feature } from './feature.js';
import { PREVIEW_WAIT_MS, previewRenders } from './preview-first.js';
import { now } from '../clock.js';

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
 * Diagnostics published per file. No writer reads past the first screenfuls, and a broken or hostile file can
 * yield hundreds of thousands (5 MB of garbage once made a 153 MB message that the editor then had to index):
 * the first 1,000 by position are sent, and one more says how many were left out. Fixing the first ones is the
 * way on: the next check shows the rest.
 */
export const MAX_PUBLISHED_DIAGNOSTICS = 1000;

function capped(all: readonly Diagnostic[], lines: LineIndex, locale: Locale, relatedLines?: (source: string) => LineIndex | undefined): LspDiagnostic[] {
  const shown = all.slice(0, MAX_PUBLISHED_DIAGNOSTICS).map((d) => toLspDiagnostic(d, lines, relatedLines));
  const hidden = all.length - shown.length;
  const first = all[MAX_PUBLISHED_DIAGNOSTICS];
  if (hidden <= 0 || !first) return shown;
  const errors = all.slice(MAX_PUBLISHED_DIAGNOSTICS).filter((d) => d.severity === 'error').length;
  shown.push({
    range: toLspRange(lines, { start: first.range.start, end: first.range.start }),
    severity: errors ? DiagnosticSeverity.Error : DiagnosticSeverity.Information,
    code: 'more-diagnostics',
    source: 'fazhi',
    message: pick(
      locale,
      `从这里起还有 ${hidden} 条问题没有显示（其中 ${errors} 个错误；每个文件最多显示 ${MAX_PUBLISHED_DIAGNOSTICS} 条）：先改正上面的，再检查一次。`,
      `${hidden} more problems from here are not shown (${errors} of them errors; at most ${MAX_PUBLISHED_DIAGNOSTICS} are shown per file): fix the ones above and check again.`,
    ),
  });
  return shown;
}

/**
 * Core's diagnostic for the client. Core's fix travels in `data` too (its title and edits in LSP positions), so a
 * client can show or apply it from the published diagnostic alone; the code action offers the same edits.
 * `relatedLines` gives the line table of another file a finding points into (last year's report); a related
 * place in a file without one (an imported .docx) is its start.
 */
export function toLspDiagnostic(d: Diagnostic, lines: LineIndex, relatedLines?: (source: string) => LineIndex | undefined): LspDiagnostic {
  const lsp: LspDiagnostic = { range: toLspRange(lines, d.range), severity: SEVERITY[d.severity], code: d.code, source: 'fazhi', message: d.message };
  if (d.fix) {
    const edits = d.fix.edits.map((e) => ({ range: toLspRange(lines, e.range), newText: e.newText }));
    lsp.data = { fix: { title: d.fix.title, edits, ...(d.fix.scaffold ? { scaffold: true } : {}) } };
  }
  if (d.related?.length && relatedLines) {
    lsp.relatedInformation = d.related.map((r) => {
      const other = relatedLines(r.source);
      const range = other ? toLspRange(other, r.range) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      return { location: { uri: r.source.includes('://') ? r.source : pathToFileURL(r.source).href, range }, message: r.message };
    });
  }
  return lsp;
}

/**
 * Publishes core's diagnostics after open and after edits. The first change after a pause is checked at
 * once (the writer waits for nothing), or, when the live preview follows the document, as soon as the preview's
 * render of it is answered (preview-first.ts); changes in a burst are coalesced until a 150 ms pause. Results are
 * computed for the newest version only and published with that version, so a stale one never shows.
 */
export const diagnostics: Feature = {
  capabilities: {},
  register(context) {
    const timers = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();
    const lastChange = new Map<string, number>();
    const published = new Set<string>();
    const renders = previewRenders(context);

    const cancel = (uri: string) => {
      renders.cancel(uri);
      const t = timers.get(uri);
      if (t) {
        clearTimeout(t as NodeJS.Timeout);
        clearImmediate(t as NodeJS.Immediate);
      }
      timers.delete(uri);
    };
    const schedule = (document: TextDocument) => {
      const { uri, version } = document;
      const at = now();
      const inBurst = at - (lastChange.get(uri) ?? -Infinity) < BURST_GAP_MS || timers.has(uri);
      lastChange.set(uri, at);
      cancel(uri);
      const run = () => {
        timers.delete(uri);
        renders.cancel(uri);
        publish(context, uri, version, published);
      };
      if (inBurst) timers.set(uri, setTimeout(run, DEBOUNCE_MS));
      else if (renders.follows(uri)) {
        // The preview's render request is a hop behind this edit: answer it first (after its reply is written).
        timers.set(uri, setTimeout(run, PREVIEW_WAIT_MS));
        renders.afterRender(uri, version, () => {
          cancel(uri);
          timers.set(uri, setImmediate(run));
        });
      }
      // At once, but after this message: vscode-jsonrpc handles one message per setImmediate, so a change already
      // waiting behind this one is read after the check; it is then in a burst (< 100 ms) and waits for the pause.
      else timers.set(uri, setImmediate(run));
    };

    context.documents.onDidChangeContent((e) => schedule(e.document));
    context.documents.onDidClose((e) => {
      cancel(e.document.uri);
      renders.forget(e.document.uri);
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
  const report = context.previous.get(uri)?.report;
  const relatedLines = (source: string) => (report?.locatable && report.source === source ? report.parsed.lines : undefined);
  const diagnostics = capped(analysis.diagnostics(), lines, context.locale(), relatedLines);
  published.add(uri);
  void context.connection.sendDiagnostics({ uri, version, diagnostics });
  const startup = startupLine('first diagnostics sent');
  if (startup) context.connection.console.info(startup);
}
