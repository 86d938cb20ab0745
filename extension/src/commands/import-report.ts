import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from '../i18n.js';
import { ImportRequest } from '../protocol.js';
import { freeReportFile } from '../report-files.js';

/**
 * 导入已有报告: last year's published report (.docx, .doc/.wps, .pdf, .html, .mht, .txt) → a data file beside it, opened for this
 * year's writing. The editor reads the file (so remote and virtual folders work) and the language server
 * runs core's importer on its bytes (`fazhi/import`), exactly as `fazhi import` does.
 */
export async function importReport(client: LanguageClient, source?: vscode.Uri): Promise<void> {
  const file = source ?? (await pickReport());
  if (!file) return;
  const fileName = posix.basename(file.path);
  try {
    const bytes = await vscode.workspace.fs.readFile(file);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t(`正在导入 ${fileName}……`, `Importing ${fileName}…`) },
      () => client.sendRequest(ImportRequest, { fileName, data: Buffer.from(bytes).toString('base64') }),
    );
    const target = await freeReportFile(vscode.Uri.joinPath(file, '..'), fileName.replace(/\.[^.]+$/, ''));
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.yaml, 'utf8'));
    await vscode.window.showTextDocument(target);
    const notes = [...result.notes, ...result.warnings];
    for (const note of notes) client.outputChannel.appendLine(`${fileName}: ${note}`);
    const summary = t(
      `已导入 ${fileName} → ${posix.basename(target.path)}（模板 ${result.templateId}${notes.length ? `，${notes.length} 条提示` : ''}）。`,
      `Imported ${fileName} → ${posix.basename(target.path)} (template ${result.templateId}${notes.length ? `, ${notes.length} note(s)` : ''}).`,
    );
    const show = t('查看提示', 'Show notes');
    const choice = await vscode.window.showInformationMessage(summary, ...(notes.length ? [show] : []));
    if (choice === show) client.outputChannel.show(true);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(t(`导入失败：${message}`, `Import failed: ${message}`));
  }
}

async function pickReport(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: t('导入已有报告', 'Import existing report'),
    openLabel: t('导入', 'Import'),
    canSelectMany: false,
    filters: { [t('已发布的报告', 'Published report')]: ['docx', 'doc', 'wps', 'pdf', 'html', 'htm', 'mht', 'mhtml', 'txt'] },
  });
  return picked?.[0];
}
