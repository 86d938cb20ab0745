import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from '../i18n.js';
import { packDirOf } from '../pack-files.js';
import type { PreviewManager } from '../preview/preview-manager.js';
import { activeReportEditor } from '../report-files.js';
import { compareWithLastYear } from './compare-last-year.js';
import { importReport } from './import-report.js';
import { newReport } from './new-report.js';
import { openTemplate } from './open-template.js';
import { renderReport } from './render.js';

export interface CommandContext {
  client(): LanguageClient | undefined;
  ensureClient(): Promise<LanguageClient | undefined>;
  restart(): Promise<void>;
  preview: PreviewManager;
}

/** Every command the extension contributes (package.json `contributes.commands`), wired to its module. */
export function registerCommands(context: vscode.ExtensionContext, ctx: CommandContext): void {
  const register = (id: string, run: () => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  };
  register('fazhi.preview', () => {
    const editor = requireReportEditor();
    if (editor) ctx.preview.show(editor);
  });
  register('fazhi.previewPack', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !packDirOf(editor.document)) {
      void vscode.window.showWarningMessage(
        t('请先打开模板包里的文件（report.hbs、partials/ 下的 .hbs 或 template.yaml）。', 'Open a file of a template pack first (report.hbs, a .hbs under partials/, or template.yaml).'),
      );
      return;
    }
    if (await ctx.ensureClient()) ctx.preview.showPack(editor);
  });
  register('fazhi.render', async () => {
    const editor = requireReportEditor();
    const client = editor && (await ctx.ensureClient());
    if (editor && client) await renderReport(client, editor.document);
  });
  register('fazhi.newReport', async () => {
    const client = await ctx.ensureClient();
    if (client) await newReport(client);
  });
  context.subscriptions.push(
    vscode.commands.registerCommand('fazhi.importReport', async (source?: vscode.Uri) => {
      const client = await ctx.ensureClient();
      if (client) await importReport(client, source instanceof vscode.Uri ? source : undefined);
    }),
  );
  register('fazhi.openTemplate', async () => {
    const editor = requireReportEditor();
    const client = editor && (await ctx.ensureClient());
    if (editor && client) await openTemplate(client, editor.document);
  });
  register('fazhi.restartServer', () => ctx.restart());
  // From the command palette on the active report, or from the server's code lens with the report's URI.
  context.subscriptions.push(
    vscode.commands.registerCommand('fazhi.compareWithLastYear', async (uri?: string) => {
      const document = typeof uri === 'string' ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : requireReportEditor()?.document;
      const client = document && (await ctx.ensureClient());
      if (document && client) await compareWithLastYear(client, document);
    }),
  );
}

function requireReportEditor(): vscode.TextEditor | undefined {
  const editor = activeReportEditor();
  if (!editor) {
    void vscode.window.showWarningMessage(
      t('请先打开一个报告数据文件（顶层有 template: 的 YAML 文件）。', 'Open a report data file first (a YAML file with a top-level template: key).'),
    );
  }
  return editor;
}
