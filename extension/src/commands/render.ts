import { extname } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from '../i18n.js';
import { OUTPUT_FORMATS, RenderToFileRequest, type OutputFormat } from '@fazhi/language-server/protocol';
import { serverFormats } from '../server-formats.js';
import { defaultFormat, outputDirFor } from '../settings.js';

const FORMAT_LABELS: Record<OutputFormat, { zh: string; en: string }> = {
  docx: { zh: 'Word 文档（GB/T 9704 公文格式）', en: 'Word document (GB/T 9704 layout)' },
  html: { zh: '网页（可打印）', en: 'Web page (print-ready)' },
  txt: { zh: '纯文本', en: 'Plain text' },
  md: { zh: 'Markdown', en: 'Markdown' },
  pdf: { zh: 'PDF', en: 'PDF' },
};

/** 渲染报告: pick a format (the configured default first), render through the server, offer to open the file. */
export async function renderReport(client: LanguageClient, document: vscode.TextDocument): Promise<void> {
  const first = defaultFormat();
  const formats = [first, ...OUTPUT_FORMATS.filter((f) => f !== first)];
  const available = serverFormats(client);
  const unavailable = t('（此版本尚不支持）', ' (not available in this version)');
  const picked = await vscode.window.showQuickPick(
    formats.map((format) => ({
      label: format,
      description: t(FORMAT_LABELS[format].zh, FORMAT_LABELS[format].en) + (available && !available.includes(format) ? unavailable : ''),
      format,
    })),
    { title: t('渲染报告', 'Render report'), placeHolder: t('选择输出格式', 'Choose the output format') },
  );
  if (!picked) return;
  if (document.isDirty) await document.save();
  const outDir = outputDirFor(document.uri);
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t(`正在生成 ${picked.format}……`, `Rendering ${picked.format}…`) },
      () => client.sendRequest(RenderToFileRequest, { uri: document.uri.toString(), format: picked.format, ...(outDir ? { outDir } : {}) }),
    );
    const open = t('打开文件', 'Open file');
    const reveal = t('在文件夹中显示', 'Reveal in folder');
    const choice = await vscode.window.showInformationMessage(t(`已生成 ${result.path}`, `Rendered ${result.path}`), open, reveal);
    const uri = vscode.Uri.file(result.path);
    if (choice === open) await openRendered(uri);
    if (choice === reveal) await vscode.commands.executeCommand('revealFileInOS', uri);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(t(`渲染失败：${message}`, `Rendering failed: ${message}`));
  }
}

/** Text formats open in the editor; Word and PDF in the system's application. */
async function openRendered(uri: vscode.Uri): Promise<void> {
  if (['.txt', '.md', '.html'].includes(extname(uri.fsPath))) {
    await vscode.window.showTextDocument(uri);
  } else {
    await vscode.env.openExternal(uri);
  }
}
