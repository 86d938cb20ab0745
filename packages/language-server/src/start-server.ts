import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '@fazhi/core';
import { AnalysisCache } from './analysis.js';
import type { ServerContext } from './context.js';
import { FEATURES } from './features/index.js';
import { withChainedHandlers } from './handler-chain.js';
import { packFingerprint } from './pack-fingerprint.js';
import { sizeCompilersFor } from './baseline-compiler.js';
import { readSettings } from './settings.js';
import { afterFirstDiagnostics, startupStep } from './startup-clock.js';
import { warmUp } from './warm-up.js';
import { Workspace } from './workspace.js';
import { PreviousReports } from './years/previous-reports.js';

/** How long after `initialized` the server warms up (see warm-up.ts) when no document has been opened by then. */
const WARM_UP_AFTER_MS = 100;
/** …and at the latest, should a document opened before never be checked (it was no report). */
const WARM_UP_LATEST_MS = 1000;

/**
 * Wires a connection (stdio, IPC, a worker's port or a test pipe) to the features. `prepared`: a workspace made
 * before `initialize` (warm-up.ts, prewarm), taken if `initialize` names the same folders and packs.
 */
export function startServer(rawConnection: Connection, prepared?: () => Workspace | undefined): void {
  // Features for different kinds of document (reports, pack manifests) each answer completion, hover … for their own.
  const connection = withChainedHandlers(rawConnection);
  const documents = new TextDocuments(TextDocument);
  let locale: Locale = 'zh';
  let workspace = new Workspace([]);
  const worldListeners: Array<() => void> = [];
  // When last year's report of a document is found (or changes), that document is checked again.
  const previous = new PreviousReports(() => workspace.catalog, () => locale, () => worldChanged());
  let analyses = new AnalysisCache(workspace, () => locale, previous);
  let configurationPull = false;
  /** Whether the editor has opened a document yet (the warm-up then waits for its first check). */
  let opened = false;
  let watcherRegistration = false;

  const context: ServerContext = {
    connection,
    documents,
    get analyses() {
      return analyses;
    },
    get workspace() {
      return workspace;
    },
    previous,
    locale: () => locale,
    onWorldChanged: (listener) => worldListeners.push(listener),
  };
  const worldChanged = () => {
    analyses.invalidateAll();
    for (const listener of worldListeners) listener();
  };

  connection.onInitialize((params: InitializeParams) => {
    startupStep('initialize');
    const options = (params.initializationOptions ?? {}) as { builtinTemplatesDir?: unknown; messageLanguage?: unknown };
    // The client's message-language setting wins over its UI locale (a writer may run an English VS Code).
    const language = options.messageLanguage === 'zh' || options.messageLanguage === 'en' ? options.messageLanguage : params.locale;
    locale = language?.toLowerCase().startsWith('en') ? 'en' : 'zh';
    const folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []))
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => fileURLToPath(f.uri));
    const builtinDir = typeof options.builtinTemplatesDir === 'string' ? options.builtinTemplatesDir : undefined;
    const ready = prepared?.();
    workspace = ready?.serves(folders, builtinDir) ? ready : new Workspace(folders, builtinDir);
    if (workspace === ready) startupStep('the workspace made ahead taken');
    workspace.settings = readSettings(params.initializationOptions);
    analyses = new AnalysisCache(workspace, () => locale, previous);
    configurationPull = params.capabilities.workspace?.configuration === true;
    watcherRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const capabilities: ServerCapabilities = {};
    for (const { capabilities: own } of FEATURES) {
      // `experimental` is one object that several features add their flags to.
      const experimental = { ...(capabilities.experimental as object | undefined), ...(own.experimental as object | undefined) };
      Object.assign(capabilities, own, Object.keys(experimental).length ? { experimental } : {});
    }
    return {
      // `save` so that clients without file watchers still tell us when a pack may have changed (see below).
      capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } }, ...capabilities },
      serverInfo: { name: 'fazhi-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    startupStep('initialized');
    recheckPacks();
    if (configurationPull) void pullSettings();
    if (watcherRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${workspace.settings.templatesFolder}/**` }],
      });
    }
    // Not at once: an editor sends the documents it has open right after `initialized`, and their first check, which
    // warms most of the same code, comes first; the warm-up then does the rest (other packs, completion). A document
    // opened later (as benchmarks and some editors do) finds the server warm: 8 ms for 15 KB instead of 50–80 cold.
    let warmed = false;
    const warmOnce = () => {
      if (warmed) return;
      warmed = true;
      warmUp(context);
    };
    afterFirstDiagnostics(warmOnce);
    setTimeout(() => opened || warmOnce(), WARM_UP_AFTER_MS);
    setTimeout(warmOnce, WARM_UP_LATEST_MS);
  });

  const pullSettings = async () => {
    try {
      const [section] = (await connection.workspace.getConfiguration([{ section: 'fazhi' }])) as unknown[];
      applySettings({ fazhi: section });
    } catch {
      // A client that cannot answer keeps the settings from initializationOptions.
    }
  };
  const applySettings = (raw: unknown) => {
    const next = readSettings(raw, workspace.settings);
    if (JSON.stringify(next) === JSON.stringify(workspace.settings)) return;
    workspace.settings = next;
    worldChanged();
  };

  connection.onDidChangeConfiguration((change) => {
    if (configurationPull) void pullSettings();
    else applySettings(change.settings);
  });

  // Templates are read lazily and cached; any change to a pack file drops the cache.
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => workspace.isTemplateFile(c.uri))) {
      workspace.invalidateTemplates();
      worldChanged();
    }
  });

  // A client that cannot register watchers (Neovim 0.7, and editors whose LSP client has no file watching)
  // never sends didChangeWatchedFiles: compare the packs' files on every open and save instead.
  let packs: string | undefined;
  const recheckPacks = () => {
    if (watcherRegistration) return;
    const now = packFingerprint(workspace.workspaceTemplateDirs());
    const changed = packs !== undefined && now !== packs;
    packs = now;
    if (changed) {
      workspace.invalidateTemplates();
      worldChanged();
    }
  };
  // First among the listeners, so that a large document's first check already runs with the compilers it needs.
  documents.onDidChangeContent((e) => sizeCompilersFor(e.document.getText().length));
  documents.onDidOpen(() => {
    opened = true;
    startupStep('first document opened');
    recheckPacks();
  });
  documents.onDidSave(() => recheckPacks());

  documents.onDidClose((e) => analyses.forget(e.document.uri));
  for (const feature of FEATURES) feature.register(context);
  documents.listen(connection);
  connection.listen();
}
