import * as vscode from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';
import { t } from '../i18n.js';

interface CompareResult {
  /** A self-contained page (no script, nothing fetched): core's compareHtml. */
  html: string;
  /** Last year's file, as a URI. */
  previous: string;
}

const CompareRequest = new RequestType<{ uri: string }, CompareResult, void>('fazhi/compare');

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
