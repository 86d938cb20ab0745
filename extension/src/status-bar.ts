import * as vscode from 'vscode';
import { t } from './i18n.js';
import type { PreviewManager } from './preview/preview-manager.js';
import { activeReportEditor } from './report-files.js';
import { countCharacters, templateIdOf } from './report-text.js';

const REFRESH_MS = 400;

/** Template in use, the rendered report's character count, errors and warnings; a click opens the preview. */
export class ReportStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('fazhi.status', vscode.StatusBarAlignment.Left, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private characters = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly preview: PreviewManager) {
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
        this.characters.set(r.uri, countCharacters(r.result.html));
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
    this.timer = setTimeout(() => void this.preview.render(editor.document).catch(() => undefined), now ? 0 : REFRESH_MS);
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
    const template = templateIdOf(doc.getText()) ?? t('未指定模板', 'no template');
    const count = this.characters.get(doc.uri.toString());
    const countText = count === undefined ? '' : ` ${t(`${count} 字`, `${count} chars`)}`;
    this.item.text = `$(book) ${template}${countText} $(error) ${errors} $(warning) ${warnings}`;
    this.item.tooltip = t('法治报告：模板、字数、错误和警告。点击打开预览。', 'Fazhi report: template, characters, errors and warnings. Click to preview.');
    this.item.show();
    return editor;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((d) => d.dispose());
  }
}
