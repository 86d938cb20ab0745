import * as vscode from 'vscode';
import { t } from '../i18n.js';

/**
 * 导入已有报告 (txt/docx → data file). The importer (`fazhi import`, issue 7) has not landed yet, so the command
 * says so plainly instead of doing something half-right.
 */
export async function importReport(): Promise<void> {
  await vscode.window.showInformationMessage(
    t(
      '导入已有报告的功能尚未提供：导入器还在开发中。可先用“新建报告”生成数据文件，再把原文各部分粘贴进去。',
      'Importing an existing report is not available yet: the importer is still being built. Use “New report” and paste the parts in meanwhile.',
    ),
  );
}
