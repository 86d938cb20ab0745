import * as vscode from 'vscode';
import { CompareRequest, type CompareResult } from '@fazhi/language-server/protocol';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from '../i18n.js';

/**
 * 与去年对比: the two years side by side (parts, figures with change, plans and their follow-up, recycled
 * passages) in a panel beside the YAML. The page has no script, so the webview runs with scripts off.
 */
export async function compareWithLastYear(client: LanguageClient, document: vscode.TextDocument): Promise<void> {
  let result: CompareResult;
  try {
    result = await client.sendRequest(CompareRequest, { uri: document.uri.toString() });
  } catch (err) {
    void vscode.window.showWarningMessage((err as Error).message);
    return;
  }
  const name = document.uri.path.split('/').pop() ?? '';
  const panel = vscode.window.createWebviewPanel('fazhi.compare', t(`与去年对比：${name}`, `Compared with last year: ${name}`), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
    enableScripts: false,
  });
  panel.webview.html = result.html;
}
