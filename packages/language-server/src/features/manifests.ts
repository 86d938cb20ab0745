import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkManifest, localizeFinding, type ManifestCheck, type TemplateCatalog } from '@fazhi/core';
import type { ServerContext } from '../context.js';
import { manifestCompletions } from '../manifest/manifest-completion.js';
import { packManifestFolder } from '../manifest/manifest-document.js';
import { manifestHover } from '../manifest/manifest-hover.js';
import { locate } from '../cursor/locate.js';
import { toLspRange } from '../positions.js';
import { manifestUri } from '../templates.js';
import { toLspDiagnostic } from './diagnostics.js';
import type { Feature } from './feature.js';
import { now } from '../clock.js';

/** As for reports (diagnostics.ts): the first change after a pause is checked at once, a burst after its pause. */
const BURST_GAP_MS = 100;
const DEBOUNCE_MS = 150;

interface ManifestState {
  version: number;
  catalog: TemplateCatalog;
  folder: string;
  check: ManifestCheck;
}

/**
 * A template pack's template.yaml, as a document of its own kind: diagnostics as you type (core's checkManifest,
 * the findings `fazhi templates lint` prints), completion, hover, and go to definition on `extends` (the base
 * pack's template.yaml), quick fixes. Report data files are the other features' business; each answers null for the other.
 */
export const manifests: Feature = {
  // Completion, hover and definition are announced by the report features; these answer through the same requests.
  capabilities: {},
  register(context) {
    const states = new Map<string, ManifestState>();
    const timers = new Map<string, NodeJS.Timeout>();

    /** The check of the document's current version (against the current packs), or undefined for other documents. */
    const stateOf = (document: TextDocument): ManifestState | undefined => {
      const catalog = context.workspace.catalog;
      const cached = states.get(document.uri);
      if (cached && cached.version === document.version && cached.catalog === catalog) return cached;
      const text = document.getText();
      const folder = packManifestFolder(context.workspace, document.uri, text);
      if (folder === undefined) {
        states.delete(document.uri);
        return undefined;
      }
      const check = checkManifest(text, { folder, catalog, source: document.uri, locale: context.locale() });
      const state = { version: document.version, catalog, folder, check };
      states.set(document.uri, state);
      return state;
    };
    const stateAt = (uri: string) => {
      const document = context.documents.get(uri);
      return document && stateOf(document);
    };

    const publish = (uri: string) => {
      timers.delete(uri);
      const document = context.documents.get(uri);
      if (!document) return;
      const had = states.has(uri);
      const state = stateOf(document);
      if (!state) {
        if (had) void context.connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      const locale = context.locale();
      const diagnostics = state.check.findings.map((f) => toLspDiagnostic(localizeFinding(f, locale), state.check.parsed.lines));
      void context.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    };
    const schedule = (uri: string, wait: number) => {
      clearTimeout(timers.get(uri));
      timers.set(uri, setTimeout(() => publish(uri), wait));
    };

    const lastChange = new Map<string, number>();
    context.documents.onDidChangeContent((e) => {
      const { uri } = e.document;
      const at = now();
      const inBurst = at - (lastChange.get(uri) ?? -Infinity) < BURST_GAP_MS || timers.has(uri);
      lastChange.set(uri, at);
      schedule(uri, inBurst ? DEBOUNCE_MS : 0);
    });
    context.documents.onDidClose((e) => {
      clearTimeout(timers.get(e.document.uri));
      timers.delete(e.document.uri);
      lastChange.delete(e.document.uri);
      if (states.delete(e.document.uri)) void context.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    // A pack changed on disk (a base pack's labels, a new pack to extend): check every open manifest again.
    context.onWorldChanged(() => {
      for (const document of context.documents.all()) if (states.has(document.uri)) publish(document.uri);
    });

    context.connection.onCompletion((params) => {
      const document = context.documents.get(params.textDocument.uri);
      const state = document && stateOf(document);
      if (!state) return null;
      const { lines, data } = state.check.parsed;
      return manifestCompletions({ lines, position: params.position, data, folder: state.folder, catalog: state.catalog, locale: context.locale() });
    });

    context.connection.onHover((params) => {
      const state = stateAt(params.textDocument.uri);
      if (!state) return null;
      const { parsed } = state.check;
      return manifestHover(parsed, parsed.lines.offsetAt(params.position), state.catalog, context.locale());
    });

    // Core's fixes (a did-you-mean key, value, pack id or label value) as quick fixes.
    context.connection.onCodeAction((params) => {
      const state = stateAt(params.textDocument.uri);
      if (!state) return null;
      const { lines } = state.check.parsed;
      const from = lines.offsetAt(params.range.start);
      const to = lines.offsetAt(params.range.end);
      const locale = context.locale();
      return state.check.findings
        .filter((f) => f.fix && f.range.start <= to && f.range.end >= from)
        .map((f): CodeAction => {
          const d = localizeFinding(f, locale);
          const edits = (d.fix?.edits ?? []).map((e) => ({ range: toLspRange(lines, e.range), newText: e.newText }));
          return { title: d.fix?.title ?? '', kind: CodeActionKind.QuickFix, diagnostics: [toLspDiagnostic(d, lines)], isPreferred: true, edit: { changes: { [params.textDocument.uri]: edits } } };
        });
    });

    context.connection.onDefinition((params) => {
      const state = stateAt(params.textDocument.uri);
      if (!state) return null;
      const { parsed } = state.check;
      const at = locate(parsed.doc, parsed.lines.offsetAt(params.position));
      if (!at || at.onKey || at.path.length !== 1 || at.path[0] !== 'extends' || typeof at.scalar?.value !== 'string') return null;
      const uri = manifestUri(context.workspace, at.scalar.value);
      return uri ? { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } : null;
    });
  },
};
