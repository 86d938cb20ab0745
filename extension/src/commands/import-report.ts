import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from '../i18n.js';
import { ImportRequest } from '@fazhi/language-server/protocol';
import { freeReportFile } from '../report-files.js';

/**
 * 导入已有报告: last year's published report (.docx, .doc/.wps, .pdf, .html, .mht, .txt) → a data file beside it, opened for this
 * year's writing. The editor reads the file (so remote and virtual folders work) and the language server
 * runs core's importer on its bytes (`fazhi/import`), exactly as `fazhi import` does: when no pack prints the
 * report as published, the pack it infers goes to templates/<id>/ beside the data file.
 */
export async function importReport(client: LanguageClient, source?: vscode.Uri): Promise<void> {
  const file = source ?? (await pickReport());
  if (!file) return;
  const fileName = posix.basename(file.path);
  const year = await askYear();
  if (year === null) return;
  try {
    const bytes = await vscode.workspace.fs.readFile(file);
    const folder = vscode.Uri.joinPath(file, '..');
    const packs = vscode.Uri.joinPath(folder, 'templates');
    const packIdsInUse = await folderNames(packs);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t(`正在导入 ${fileName}……`, `Importing ${fileName}…`) },
      () => client.sendRequest(ImportRequest, { fileName, data: Buffer.from(bytes).toString('base64'), packIdsInUse, ...(year !== undefined ? { year } : {}) }),
    );
    const target = await freeReportFile(folder, fileName.replace(/\.[^.]+$/, ''));
    // The pack first: the data file names it, and `fazhi check`/`render` and the server look for it in templates/ beside it.
    if (result.newPack) {
      const packFolder = vscode.Uri.joinPath(packs, result.newPack.id);
      await vscode.workspace.fs.createDirectory(packFolder);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(packFolder, 'template.yaml'), Buffer.from(result.newPack.yaml, 'utf8'));
      client.outputChannel.appendLine(`${fileName}: ${t(`新模板写在 templates/${result.newPack.id}/template.yaml（按原文的格式推断；可以修改）。`, `New pack written to templates/${result.newPack.id}/template.yaml (inferred from the report's format; edit it as you like).`)}`);
    }
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.yaml, 'utf8'));
    await vscode.window.showTextDocument(target);
    const notes = [...result.notes, ...result.warnings];
    for (const note of notes) client.outputChannel.appendLine(`${fileName}: ${note}`);
    const summary = t(
      `已导入 ${fileName} → ${posix.basename(target.path)}（模板 ${result.templateId}${result.newPack ? '，按原文推断，写在 templates/ 里' : ''}${notes.length ? `，${notes.length} 条提示` : ''}）。`,
      `Imported ${fileName} → ${posix.basename(target.path)} (template ${result.templateId}${result.newPack ? ', inferred from the report, in templates/' : ''}${notes.length ? `, ${notes.length} note(s)` : ''}).`,
    );
    const show = t('查看提示', 'Show notes');
    const choice = await vscode.window.showInformationMessage(summary, ...(notes.length ? [show] : []));
    if (choice === show) client.outputChannel.show(true);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(t(`导入失败：${message}`, `Import failed: ${message}`));
  }
}

/**
 * The year the new report is for: last year's report is usually imported to start this year's, so the importer
 * moves the year and flags every sentence that still names the old one. Empty keeps the imported report's year;
 * null when the writer cancels.
 */
async function askYear(): Promise<number | undefined | null> {
  const suggested = String(new Date().getFullYear() - 1);
  const answer = await vscode.window.showInputBox({
    title: t('导入已有报告', 'Import existing report'),
    prompt: t('新报告是哪一年度的？导入后标题改为这一年度，并标出仍写着旧年度的句子。留空则保持原报告的年度。', 'Which year is the new report for? Titles move to it and sentences naming the old year are flagged. Leave empty to keep the imported year.'),
    value: suggested,
    validateInput: (v) => (v.trim() === '' || /^20\d{2}$/.test(v.trim()) ? undefined : t('请输入四位数年度，例如 2024。', 'Enter a four-digit year, e.g. 2024.')),
  });
  if (answer === undefined) return null;
  return answer.trim() === '' ? undefined : Number(answer.trim());
}

/** The folders in `templates/` beside the data file (none when it does not exist). */
async function folderNames(dir: vscode.Uri): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(dir)).filter(([, type]) => type === vscode.FileType.Directory).map(([name]) => name);
  } catch {
    return [];
  }
}

async function pickReport(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: t('导入已有报告', 'Import existing report'),
    openLabel: t('导入', 'Import'),
    canSelectMany: false,
    // The writer's own folder, not wherever the active file happens to be (a template of the extension's, say).
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { [t('已发布的报告', 'Published report')]: ['docx', 'doc', 'wps', 'pdf', 'html', 'htm', 'mht', 'mhtml', 'txt'] },
  });
  return picked?.[0];
}
