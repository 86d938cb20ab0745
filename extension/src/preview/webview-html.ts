import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

/**
 * The preview page: a strict Content-Security-Policy (no remote anything, scripts and styles only with this page's
 * nonce), our own script and stylesheet from media/, and an empty container the script fills.
 */
export function previewShell(webview: vscode.Webview, mediaRoot: vscode.Uri, waitingText: string): string {
  const nonce = randomBytes(16).toString('base64');
  const media = (file: string): string => webview.asWebviewUri(vscodeJoin(mediaRoot, file)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${media('preview.css')}" nonce="${nonce}">
<style id="report-style" nonce="${nonce}"></style>
</head>
<body data-state="waiting">
<div id="report"><p class="fz-waiting">${escapeText(waitingText)}</p></div>
<script nonce="${nonce}" src="${media('preview.js')}"></script>
</body>
</html>`;
}

function vscodeJoin(base: vscode.Uri, file: string): vscode.Uri {
  return base.with({ path: `${base.path.replace(/\/$/, '')}/${file}` });
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
