import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startClient } from './client.js';
import { needsServer, serverHost as server } from './early-server.js';
import { registerCommands } from './commands/index.js';
import { PreviewManager } from './preview/preview-manager.js';
import { adoptReportLanguage, isReportDocument } from './report-files.js';
import { PackNames } from './pack-names.js';
import { isPackTemplate, packDirOf } from './pack-files.js';
import { StartupTiming } from './startup-timing.js';
import { ReportStatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

/**
 * VS Code activates us for any YAML or Handlebars file (onLanguage) or a workspace holding report files; the
 * language server starts only once a report data file or a template pack's .hbs is open, so other files cost nothing.
 */
export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Fazhi Report', { log: true });
  const timing = new StartupTiming(output);
  server.logTo((line) => output.info(line));
  context.subscriptions.push(server);
  // Opened with a report (or a pack's template), as most activations are, the server started when VS Code loaded this
  // bundle (early-server.ts); otherwise the first report opened starts it with the client (onReport below).
  if (server.earlyAt !== undefined) timing.since('the language server started', server.earlyAt);
  let starting: Promise<LanguageClient | undefined> | undefined;
  const ensureClient = (): Promise<LanguageClient | undefined> => {
    starting ??= startClient(context, output, server, timing).then((c) => (client = c));
    return starting;
  };
  const restart = async (): Promise<void> => {
    const old = client;
    client = undefined;
    starting = undefined;
    await old?.stop().catch(() => undefined);
    await ensureClient();
  };

  const preview = new PreviewManager(context, () => client);
  const statusBar: ReportStatusBar = new ReportStatusBar(preview, new PackNames(() => client, () => statusBar.packsLoaded()));
  context.subscriptions.push(output, preview, statusBar);
  registerCommands(context, { client: () => client, ensureClient, restart, preview });

  const onReport = (doc: vscode.TextDocument): void => {
    if (needsServer(doc)) void ensureClient();
    if (!isReportDocument(doc)) return;
    void adoptReportLanguage(doc).catch((error: unknown) => output.warn(`report mode for ${doc.uri.toString()}: ${String(error)}`));
  };
  const updateContext = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'fazhi.isReport', doc !== undefined && isReportDocument(doc));
    void vscode.commands.executeCommand('setContext', 'fazhi.isPackFile', doc !== undefined && packDirOf(doc) !== undefined);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(onReport),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    vscode.workspace.onDidSaveTextDocument(updateContext),
  );
  vscode.workspace.textDocuments.forEach(onReport);
  updateContext();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
