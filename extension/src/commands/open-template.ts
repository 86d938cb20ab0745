import * as vscode from 'vscode';
import { t } from '../i18n.js';
import { templateIdOf } from '../report-text.js';
import { builtinTemplatesDir, workspaceTemplatesDirs } from '../settings.js';
import { listPacks } from '../template-packs.js';

/** 打开模板: the manifest of the pack this data file names (the workspace's packs before the built-in ones). */
export async function openTemplate(context: vscode.ExtensionContext, document: vscode.TextDocument): Promise<void> {
  const id = templateIdOf(document.getText());
  const pack = id ? listPacks([...workspaceTemplatesDirs(), builtinTemplatesDir(context)]).find((p) => p.id === id) : undefined;
  if (!id || !pack) {
    void vscode.window.showWarningMessage(
      id ? t(`找不到模板“${id}”。`, `Template "${id}" was not found.`) : t('本文件没有指定 template:。', 'This file names no template:.'),
    );
    return;
  }
  await vscode.window.showTextDocument(vscode.Uri.file(pack.manifestPath), { viewColumn: vscode.ViewColumn.Beside });
}
