// The floor of the live preview in VS Code: no language server, no render. Each change is posted to the webview the
// moment the extension host sees it, as the changed lines' text, and the webview writes them into its page. The
// time from a keystroke to that page is VS Code's own share of any preview's wait (bench/preview-latency.mjs --floor).
// Only what the bench types is handled: letters within a line (a new line would need the lines below moved).
const vscode = require('vscode');

/** @param {vscode.ExtensionContext} context */
exports.activate = (context) => {
  const count = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right);
  const showCount = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) return count.hide();
    count.text = `${doc.getText().length} 字`; // the bench waits for the real extension's word count
    count.show();
  };
  let panel;
  let shown;
  context.subscriptions.push(
    count,
    vscode.window.onDidChangeActiveTextEditor(() => {
      showCount();
      const doc = vscode.window.activeTextEditor?.document;
      if (!panel || !doc || doc === shown) return;
      shown = doc;
      void panel.webview.postMessage({ type: 'update', lines: doc.getText().split('\n') }); // the same frame, as ours
    }),
    vscode.commands.registerCommand('fazhiFloor.open', () => {
      const doc = vscode.window.activeTextEditor?.document;
      panel = vscode.window.createWebviewPanel('fazhiFloor', 'Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true });
      if (doc) show(doc);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (!panel || event.document !== shown || event.contentChanges.length === 0) return;
      const changed = Date.now();
      const lines = new Set();
      for (const change of event.contentChanges) {
        const added = change.text.split('\n').length - 1;
        for (let l = change.range.start.line; l <= change.range.start.line + added; l++) lines.add(l);
      }
      const patch = [...lines].map((l) => [l, event.document.lineAt(l).text]);
      void panel.webview.postMessage({ type: 'patch', lines: patch, timing: { changed, asked: changed, answered: Date.now() } });
    }),
  );
  showCount();

  function show(doc) {
    shown = doc;
    const nonce = String(Math.random()).slice(2);
    const lines = doc.getText().split('\n').map((l) => `<div>${escape(l)}</div>`).join('');
    panel.webview.html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'">
</head><body><div id="report" style="white-space:pre-wrap">${lines}</div>
<script nonce="${nonce}">
const report = document.getElementById('report');
window.addEventListener('message', (e) => {
  if (e.data?.type === 'update') {
    report.replaceChildren(...e.data.lines.map((text) => Object.assign(document.createElement('div'), { textContent: text })));
  }
  if (e.data?.type !== 'patch') return;
  for (const [line, text] of e.data.lines) {
    while (report.children.length <= line) report.appendChild(document.createElement('div'));
    report.children[line].textContent = text;
  }
});
</script></body></html>`;
  }
};

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
