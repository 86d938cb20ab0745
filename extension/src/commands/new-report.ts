import { JURISDICTION_KINDS, type JurisdictionKind } from '@fazhi/schema';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from '../i18n.js';
import { ScaffoldRequest, TemplatesRequest } from '../protocol.js';
import { freeReportFile } from '../report-files.js';

/**
 * 新建报告: template → jurisdiction (name, kind) → year → a data file, opened for writing. The packs and
 * the file's text come from the language server (`fazhi/templates`, `fazhi/scaffold`: core's
 * scaffoldReport), so the file is the one `fazhi new` writes.
 */
export async function newReport(client: LanguageClient): Promise<void> {
  const packs = await client.sendRequest(TemplatesRequest);
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
  // The kinds the pack is meant for come first.
  const suits = new Set<string>(pack.pack.suits);
  const kinds = Object.entries(JURISDICTION_KINDS).sort(([a], [b]) => Number(suits.has(b)) - Number(suits.has(a)));
  const kind = await vscode.window.showQuickPick(
    kinds.map(([id, label]) => ({ label, description: id, id: id as JurisdictionKind })),
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
  try {
    const { text } = await client.sendRequest(ScaffoldRequest, { template: pack.pack.id, year, jurisdiction: name.trim(), kind: kind.id });
    await createFile(`${name.trim()}-${year}`, text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(t(`新建报告失败：${message}`, `New report failed: ${message}`));
  }
}

/** `<name>.report.yaml` in the first workspace folder (never over an existing file), else an untitled document. */
async function createFile(name: string, text: string): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: text });
    await vscode.window.showTextDocument(doc);
    return;
  }
  const target = await freeReportFile(folder.uri, name);
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  await vscode.window.showTextDocument(target);
}
