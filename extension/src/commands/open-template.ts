import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from '../i18n.js';
import { TemplatesRequest } from '@fazhi/language-server/protocol';
import { templateIdOf } from '../report-text.js';

/** 打开模板: the manifest of the pack this data file names, where the server reads it (workspace packs first). */
export async function openTemplate(client: LanguageClient, document: vscode.TextDocument): Promise<void> {
  const id = templateIdOf(document.getText());
  const pack = id ? (await client.sendRequest(TemplatesRequest)).find((p) => p.id === id) : undefined;
  if (!id || !pack?.manifestUri) {
    void vscode.window.showWarningMessage(
      id ? t(`找不到模板“${id}”。`, `Template "${id}" was not found.`) : t('本文件没有指定 template:。', 'This file names no template:.'),
    );
    return;
  }
  await vscode.window.showTextDocument(vscode.Uri.parse(pack.manifestUri), { viewColumn: vscode.ViewColumn.Beside });
}
