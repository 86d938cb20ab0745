import { join } from 'node:path';
import * as vscode from 'vscode';
import type { Prewarm } from '@fazhi/language-server/protocol';
import { PREWARM_MAX_CHARS } from '@fazhi/language-server/protocol-constants';
import { isPackTemplate } from './pack-files.js';
import { isReportDocument } from './report-files.js';
import { ServerHost, type ServerHome } from './server-host.js';

declare const __fazhiBundleStart: number | undefined;

/** When VS Code began to load the extension (the first bundle's first line: scripts/extension-builds.mjs), for the start-up log. */
export const loadStartedAt: number | undefined = typeof __fazhiBundleStart === 'number' ? __fazhiBundleStart : undefined;

/** A report data file, or a pack's template: the server completes and checks templates as well as reports. */
export const needsServer = (doc: vscode.TextDocument): boolean => isPackTemplate(doc) || isReportDocument(doc);

/** Where the bundled language server runs: `fazhi.server.runIn`, read each time it starts. */
const serverHome = (): ServerHome => (vscode.workspace.getConfiguration('fazhi').get('server.runIn') === 'process' ? 'process' : 'worker');

/**
 * The language server's host, made as VS Code loads this bundle (dist/extension.cjs, beside the server's). VS Code
 * loads it 0.6–1 s before it calls activate() in code-server here (the start-up log says how long), and when a
 * report is open already, which is why VS Code is activating us, the server boots meanwhile and checks those reports
 * once, which compiles its checks (server-worker.ts): a new thread, nothing that holds up VS Code. activate() gives
 * its client this server.
 */
export const serverHost = new ServerHost(__dirname, serverHome);
if (vscode.workspace.textDocuments.some(needsServer)) serverHost.startEarly(ahead());

/** What the server checks before its client connects, so that its first check then is quick. */
function ahead(): Prewarm {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  const documents = vscode.workspace.textDocuments
    .filter(isReportDocument)
    .map((doc) => ({ uri: doc.uri.toString(), text: doc.getText() }))
    .filter(({ text }) => text.length <= PREWARM_MAX_CHARS);
  // The packs shipped beside this bundle (scripts/bundle.mjs copies them), as the client's settings name them.
  return { folders, builtinTemplatesDir: join(__dirname, '..', 'templates'), documents };
}
