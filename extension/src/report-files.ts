import * as vscode from 'vscode';
import { REPORT_LANGUAGE } from './document-selector.js';
import { looksLikeReport } from './report-text.js';
import { reportGlobs } from './settings.js';

/**
 * The language mode of report data files: YAML (VS Code's YAML grammar colours it) with the writer's editor settings,
 * soft wrap above all, so that prose never runs off the screen; other YAML files keep theirs.
 */
export { REPORT_LANGUAGE } from './document-selector.js';

/**
 * Whether a document is a report data file as the language server defines it: YAML whose top level names a
 * `template:`, or a file matching the `fazhi.files` setting. Other YAML files get nothing from us.
 */
export function isReportDocument(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme === 'git') return false;
  if (doc.languageId === REPORT_LANGUAGE) return true;
  if (doc.languageId !== 'yaml') return false;
  if (reportGlobs().some((pattern) => vscode.languages.match({ language: 'yaml', pattern }, doc) > 0)) return true;
  return looksLikeReport(doc.getText());
}

/**
 * A report opened as plain YAML (found by its `template:` key or a `fazhi.files` glob rather than by its name)
 * switches to the report mode. VS Code reopens it under the new language; the caller sees it open again.
 */
export async function adoptReportLanguage(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'yaml' || !isReportDocument(doc)) return;
  await vscode.languages.setTextDocumentLanguage(doc, REPORT_LANGUAGE);
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
