import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JURISDICTION_KINDS, type JurisdictionKind } from '@fazhi/schema';
import * as vscode from 'vscode';
import { t } from '../i18n.js';
import { scaffoldReport } from '../scaffold.js';
import { builtinTemplatesDir, workspaceTemplatesDirs } from '../settings.js';
import { listPacks } from '../template-packs.js';

/** 新建报告: template → jurisdiction (name, kind) → year → a scaffolded data file, opened for writing. */
export async function newReport(context: vscode.ExtensionContext): Promise<void> {
  const packs = listPacks([...workspaceTemplatesDirs(), builtinTemplatesDir(context)]);
  const pack = await vscode.window.showQuickPick(
    packs.map((p) => ({ label: p.name, description: p.id, detail: p.description, pack: p })),
    { title: t('新建报告：选择模板', 'New report: choose the template'), matchOnDescription: true, matchOnDetail: true },
  );
  if (!pack) return;
  const name = await vscode.window.showInputBox({
    title: t('新建报告：报告单位', 'New report: jurisdiction'),
    prompt: t('报告单位全称，如“万源市”“海安高新区”', 'Full name of the jurisdiction, e.g. 万源市'),
    validateInput: (v) => (v.trim() ? undefined : t('请填写报告单位', 'Enter the jurisdiction')),
  });
  if (!name) return;
  const kind = await vscode.window.showQuickPick(
    Object.entries(JURISDICTION_KINDS).map(([id, label]) => ({ label, description: id, id: id as JurisdictionKind })),
    { title: t('新建报告：单位类别', 'New report: kind of jurisdiction') },
  );
  if (!kind) return;
  const lastYear = new Date().getFullYear() - 1;
  const yearText = await vscode.window.showInputBox({
    title: t('新建报告：报告年度', 'New report: year'),
    value: String(lastYear),
    validateInput: (v) => (/^(19|20)\d\d$/.test(v.trim()) ? undefined : t('请填写四位年份，如 2024', 'Enter a four-digit year, e.g. 2024')),
  });
  if (!yearText) return;
  const year = Number(yearText.trim());
  const text = scaffoldReport({
    template: pack.pack.id,
    year,
    jurisdiction: { name: name.trim(), kind: kind.id },
    ...(pack.pack.order ? { order: pack.pack.order } : {}),
  });
  await createFile(`${name.trim()}-${year}.report.yaml`, text);
}

/** Written into the first workspace folder (never over an existing file), else opened as an untitled document. */
async function createFile(fileName: string, text: string): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: text });
    await vscode.window.showTextDocument(doc);
    return;
  }
  let path = join(folder.uri.fsPath, fileName);
  for (let n = 2; existsSync(path); n++) path = join(folder.uri.fsPath, fileName.replace(/\.report\.yaml$/, `-${n}.report.yaml`));
  writeFileSync(path, text, { flag: 'wx' });
  await vscode.window.showTextDocument(vscode.Uri.file(path));
}
