import * as vscode from 'vscode';
import { t } from './i18n.js';
import type { PackNames } from './pack-names.js';
import type { PreviewManager } from './preview/preview-manager.js';
import { activeReportEditor } from './report-files.js';
import { countCharacters, templateIdOf } from './report-text.js';

const REFRESH_MS = 400;
const RETRY_MS = 1_000;
const MAX_RETRIES = 60;

/** Template in use, the rendered report's character count, errors and warnings; a click opens the preview. */
export class ReportStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('fazhi.status', vscode.StatusBarAlignment.Left, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private characters = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private retries = 0;

  constructor(
    private readonly preview: PreviewManager,
    private readonly packs: PackNames,
  ) {
    this.item.name = t('法治报告', 'Fazhi report');
    this.item.command = 'fazhi.preview';
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(true)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refresh(false);
      }),
      vscode.languages.onDidChangeDiagnostics(() => this.show()),
      preview.onDidRender((r) => {
        this.characters.set(r.uri, countCharacters(r.result.html ?? r.result.page?.blocks.join('\n') ?? ''));
        this.show();
      }),
    );
    this.refresh(true);
  }

  /** Shows what is known now and asks for a render (shared with the preview) once typing pauses. */
  private refresh(now: boolean): void {
    const editor = this.show();
    clearTimeout(this.timer);
    if (!editor) return;
    if (now) this.retries = 0;
    this.timer = setTimeout(() => void this.count(editor.document), now ? 0 : REFRESH_MS);
  }

  /**
   * Renders for the character count. Right after the window opens the server is still starting and no render comes
   * back: try again shortly, so that the count shows without the writer having to type or switch tabs.
   */
  private async count(document: vscode.TextDocument): Promise<void> {
    const result = await this.preview.render(document).catch(() => undefined);
    if (result || this.retries >= MAX_RETRIES || vscode.window.activeTextEditor?.document !== document) return;
    this.retries++;
    this.timer = setTimeout(() => void this.count(document), RETRY_MS);
  }

  /** The pack names arrived from the server. */
  packsLoaded(): void {
    this.show();
  }

  /** Updates the item for the active editor, and returns that editor when it shows a report. */
  private show(): vscode.TextEditor | undefined {
    const editor = activeReportEditor();
    if (!editor) {
      this.item.hide();
      return undefined;
    }
    const doc = editor.document;
    const diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === undefined || /fazhi/i.test(d.source));
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    const id = templateIdOf(doc.getText());
    const template = id === undefined ? t('未指定模板', 'no template') : (this.packs.nameOf(id) ?? id);
    const count = this.characters.get(doc.uri.toString());
    const countText = count === undefined ? '' : ` ${t(`${count} 字`, `${count} chars`)}`;
    this.item.text = `$(book) ${template}${countText} $(error) ${errors} $(warning) ${warnings}`;
    const idNote = id === undefined ? '' : `（${id}）`;
    this.item.tooltip = t(`法治报告：模板${idNote}、字数、错误和警告。点击打开预览。`, `Fazhi report: template${id ? ` (${id})` : ''}, characters, errors and warnings. Click to preview.`);
    this.item.show();
    return editor;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((d) => d.dispose());
  }
}
