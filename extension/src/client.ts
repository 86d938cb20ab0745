import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { t } from './i18n.js';
import { DOCUMENT_SELECTOR } from './document-selector.js';
import { serverSettings } from './settings.js';
import type { ServerHost } from './server-host.js';
import { serverWire } from './server-wire.js';
import type { StartupTiming } from './startup-timing.js';

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

/** Starts the bundled language server; undefined (after telling the writer why) when it cannot start. */
export async function startClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  server: ServerHost,
  timing?: StartupTiming,
): Promise<LanguageClient | undefined> {
  const serverModule = context.asAbsolutePath('dist/server.mjs');
  if (!existsSync(serverModule)) {
    void cannotStart(t(`找不到语言服务程序 ${serverModule}，请重新安装本扩展。`, `The language server ${serverModule} is missing; reinstall the extension.`));
    return undefined;
  }
  // Called again for each restart after a crash: a new server each time (server-host.ts).
  const serverOptions: ServerOptions = () => Promise.resolve(server.transports(serverWire));
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: serverSettings(context),
    synchronize: {
      configurationSection: 'fazhi',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{template.yaml,*.hbs}'),
    },
    outputChannel: output,
    errorHandler: restartingErrorHandler(),
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        timing?.diagnostics(uri.toString());
        next(uri, diagnostics);
      },
    },
  };
  const client = new LanguageClient('fazhi', t('法治报告语言服务', 'Fazhi report language server'), serverOptions, clientOptions);
  client.onDidChangeState(({ newState }) => newState === State.Stopped && server.stopped());
  try {
    timing?.step('starting the language server');
    await client.start();
    timing?.step('language server ready');
    return client;
  } catch (error) {
    output.appendLine(String(error instanceof Error ? (error.stack ?? error.message) : error));
    void cannotStart(t(`报告语言服务无法启动：${String(error)}`, `The report language server could not start: ${String(error)}`));
    return undefined;
  }
}

/** Restarts a crashed server a few times; after repeated crashes stops and says so, with a button to retry. */
function restartingErrorHandler(): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
    closed: (): CloseHandlerResult => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0]! > RESTART_WINDOW_MS) crashes.shift();
      if (crashes.length <= MAX_RESTARTS) return { action: CloseAction.Restart, handled: true };
      void cannotStart(
        t(`报告语言服务在 3 分钟内崩溃了 ${crashes.length} 次，已停止。`, `The report language server crashed ${crashes.length} times in 3 minutes and was stopped.`),
      );
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}

async function cannotStart(message: string): Promise<void> {
  const restart = t('重启', 'Restart');
  const showLog = t('查看日志', 'Show log');
  const choice = await vscode.window.showErrorMessage(message, restart, showLog);
  if (choice === restart) await vscode.commands.executeCommand('fazhi.restartServer');
  if (choice === showLog) await vscode.commands.executeCommand('workbench.action.output.toggleOutput');
}
