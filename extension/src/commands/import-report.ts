import * as vscode from 'vscode';
import { t } from '../i18n.js';

/**
 * 导入已有报告 (txt/docx → data file). The importer exists in core and the CLI (`fazhi import`), but the editor
 * does not call it yet (it needs a server request so core stays in the server bundle), so the command says so
 * plainly and names the CLI command that does the job today.
 */
export async function importReport(): Promise<void> {
  await vscode.window.showInformationMessage(
    t(
      '编辑器中暂不能导入已有报告。请在终端运行：pnpm fazhi import 报告.docx（或 .txt），再打开生成的数据文件。',
      'Importing an existing report is not available in the editor yet. In a terminal, run: pnpm fazhi import report.docx (or .txt), then open the data file it writes.',
    ),
  );
}
