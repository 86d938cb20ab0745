import { JURISDICTION_KINDS, type JurisdictionKind } from '@fazhi/schema';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from '../i18n.js';
import { JurisdictionKindRequest, ScaffoldRequest, TemplatesRequest, type PackSummary } from '@fazhi/language-server/protocol';
import { freeReportFile, REPORT_LANGUAGE } from '../report-files.js';

/**
 * 新建报告, in the order a writer thinks of it: who reports (the name, then its kind, guessed from the name:
 * 示例县 → 县), which format (全国通用格式 first, then the packs meant for that kind), which year. The packs and
 * the file's text come from the language server (`fazhi/templates`, `fazhi/scaffold`: core's scaffoldReport),
 * so the file is the one `fazhi new` writes, with a header that speaks of the editor's commands.
 */
export async function newReport(client: LanguageClient): Promise<void> {
  const name = (
    await vscode.window.showInputBox({
      title: t('新建报告（1/4）：报告单位', 'New report (1/4): jurisdiction'),
      prompt: t('报告单位全称，如“万源市”“海安高新区”“塘沽街道”', 'Full name of the jurisdiction, e.g. 万源市'),
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : t('请填写报告单位', 'Enter the jurisdiction')),
    })
  )?.trim();
  if (!name) return;
  const { kind: guessed } = await client.sendRequest(JurisdictionKindRequest, { name });
  const kind = await vscode.window.showQuickPick(
    kindOrder(guessed).map(([id, label]) => ({
      label,
      description: id === guessed ? t(`按“${name}”推断`, `guessed from ${name}`) : undefined,
      id: id as JurisdictionKind,
    })),
    { title: t('新建报告（2/4）：单位类别', 'New report (2/4): kind of jurisdiction'), ignoreFocusOut: true },
  );
  if (!kind) return;
  const packs = packOrder(await client.sendRequest(TemplatesRequest), kind.id);
  const pack = await vscode.window.showQuickPick(
    packs.map((p) => ({ label: p.name, detail: p.description || undefined, pack: p })),
    {
      title: t('新建报告（3/4）：选择格式（模板）', 'New report (3/4): choose the format (template)'),
      matchOnDetail: true,
      ignoreFocusOut: true,
    },
  );
  if (!pack) return;
  const lastYear = new Date().getFullYear() - 1;
  const yearText = await vscode.window.showInputBox({
    title: t('新建报告（4/4）：报告年度', 'New report (4/4): year'),
    prompt: t('报告写的是哪一年的工作（通常是上一年）', 'The year the report covers (usually last year)'),
    value: String(lastYear),
    ignoreFocusOut: true,
    validateInput: (v) => (/^(19|20)\d\d$/.test(v.trim()) ? undefined : t('请填写四位年份，如 2024', 'Enter a four-digit year, e.g. 2024')),
  });
  if (!yearText) return;
  const year = Number(yearText.trim());
  try {
    const params = { template: pack.pack.id, year, jurisdiction: name, kind: kind.id, writtenIn: 'editor' as const };
    const { text } = await client.sendRequest(ScaffoldRequest, params);
    await createFile(`${name}-${year}`, text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(t(`新建报告失败：${message}`, `New report failed: ${message}`));
  }
}

/** The kinds, the one the name shows first. */
function kindOrder(guessed: string | undefined): [string, string][] {
  return Object.entries(JURISDICTION_KINDS).sort(([a], [b]) => Number(b === guessed) - Number(a === guessed));
}

/** 全国通用格式 first (it suits every report), then the packs meant for the kind, then the rest. */
function packOrder(packs: PackSummary[], kind: JurisdictionKind): PackSummary[] {
  const rank = (p: PackSummary) => (p.id === 'national' ? 0 : p.suits.includes(kind) ? 1 : 2);
  return [...packs].sort((a, b) => rank(a) - rank(b));
}

/** `<name>.report.yaml` in the first workspace folder (never over an existing file), else an untitled document. */
async function createFile(name: string, text: string): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    const doc = await vscode.workspace.openTextDocument({ language: REPORT_LANGUAGE, content: text });
    await vscode.window.showTextDocument(doc);
    return;
  }
  const target = await freeReportFile(folder.uri, name);
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  await vscode.window.showTextDocument(target);
}
