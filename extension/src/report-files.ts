import * as vscode from 'vscode';
import { looksLikeReport } from './report-text.js';
import { reportGlobs } from './settings.js';

/**
 * Whether a document is a report data file as the language server defines it: YAML whose top level names a
 * `template:`, or a file matching the `fazhi.files` setting. Other YAML files get nothing from us.
 */
export function isReportDocument(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== 'yaml' || doc.uri.scheme === 'git') return false;
  if (reportGlobs().some((pattern) => vscode.languages.match({ language: 'yaml', pattern }, doc) > 0)) return true;
  return looksLikeReport(doc.getText());
}

/** The active editor when it shows a report data file. */
export function activeReportEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isReportDocument(editor.document) ? editor : undefined;
}

/** `<name>.report.yaml` in the folder, or `<name>-2.report.yaml` and so on: a new data file never replaces one. */
export async function freeReportFile(folder: vscode.Uri, name: string): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, `${name}${n === 1 ? '' : `-${n}`}.report.yaml`);
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}
