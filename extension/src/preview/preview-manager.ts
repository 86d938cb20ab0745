import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from '../i18n.js';
import { packDirOf, packDirOfAnyFile } from '../pack-files.js';
import { RenderPackRequest, RenderRequest, type RenderResult } from '@fazhi/language-server/protocol';
import { isReportDocument } from '../report-files.js';
import { diffPages, keyed, type KeyedPage } from './block-diff.js';
import { PREVIEW_EDITS, REFUSED, yamlEditForMessage, type PreviewEdit } from './preview-edits.js';
import { NEW_ENTRY_TEXT } from './prose-edit.js';
import { proseStart } from './prose-start.js';
import { previewShell } from './webview-html.js';


interface Rendered {
  uri: string;
  version: number;
  result: RenderResult;
}

/** The page the webview holds: which document, the render's sequence number (a patch names it as its base). */
interface Shown {
  uri: string;
  render: number;
  page: KeyedPage;
}

/**
 * The live preview beside the editor: one webview that follows the active report data file, re-rendered by the
 * server (`fazhi/render`) after each edit, with clicks revealing the YAML and the cursor highlighting its block.
 * Renders are cached per document version so the status bar can share them.
 *
 * The same webview previews a template pack while a maintainer edits it (`showPack`): the report open beside it,
 * or the pack's example, rendered through the pack as the buffers hold it (`fazhi/renderPack`), again after each
 * edit of any pack file; a template error shows above the last good render.
 *
 * No fixed debounce: an edit made while no render is running is rendered at once; edits made while one runs are
 * coalesced into one render of the newest version when it returns. So a writer pausing sees the preview one render
 * after the keystroke, and fast typing never queues more than one render behind the one in flight. Each render is
 * compared with the page the webview shows (block-diff.ts) and only the changed blocks are sent.
 */
export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  /** In pack mode, a file of the pack the preview renders through; the report is `packReport` or its example. */
  private pack: vscode.TextDocument | undefined;
  private packReport: vscode.TextDocument | undefined;
  private cache: Rendered | undefined;
  /** A render is running (`pump`); `dirty`: the document changed since it started. */
  private pumping = false;
  private dirty = false;
  /** The cursor moved while a render was running: the render's own highlight may scroll the preview to it. */
  private revealWithRender = false;
  private shown: Shown | undefined;
  private renders = 0;
  /** When the document last changed, and when the render now being shown was asked for: sent with each render for
   * bench/preview-latency.mjs to tell the editor's, the server's and the webview's shares of the wait apart. */
  private changedAt = 0;
  /** Renders in a row that came back older than the version asked for (the server had not had the edit yet). */
  private behind = 0;
  private inFlight = new Map<string, Promise<RenderResult | undefined>>();
  /** Edits from the preview, one after the other: each is placed in the YAML the one before it left. */
  private editing: Promise<void> = Promise.resolve();
  private readonly rendered = new vscode.EventEmitter<Rendered>();
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
  ) {
    this.subscriptions.push(
      this.rendered,
      vscode.workspace.onDidChangeTextDocument((e) => {
        // In pack mode any pack's file counts: a parent's partial is part of what renders.
        if (e.document !== this.document && !(this.pack && packDirOfAnyFile(e.document) !== undefined)) return;
        this.changedAt = now();
        this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && this.pack) this.followInPackMode(editor.document);
        else if (this.panel && editor && isReportDocument(editor.document) && editor.document !== this.document) {
          this.follow(editor.document);
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document !== this.document) return;
        // The cursor moved with an edit (typing): the render on its way marks the block once it is in the page
        // (update), rather than a message of its own in front of the patch, on a page that does not have the edit yet.
        if (this.pumping) this.revealWithRender = true;
        else this.highlight(e.textEditor);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.document && e.uris.some((u) => u.toString() === this.document?.uri.toString())) this.sendProblems(this.document);
      }),
    );
  }

  show(editor: vscode.TextEditor): void {
    this.pack = undefined;
    this.packReport = undefined;
    this.openPanel();
    this.follow(editor.document);
  }

  /** Previews the pack of the editor's template (or manifest) with the report open beside it, else its example. */
  showPack(editor: vscode.TextEditor): void {
    this.openPanel();
    this.pack = editor.document;
    this.packReport = vscode.window.visibleTextEditors.map((e) => e.document).find((d) => isReportDocument(d));
    this.document = undefined;
    this.cache = undefined;
    this.schedule();
  }

  private followInPackMode(document: vscode.TextDocument): void {
    if (packDirOf(document) && packDirOf(document) !== (this.pack && packDirOf(this.pack))) this.pack = document;
    else if (isReportDocument(document) && document !== this.document) this.packReport = document;
    else return;
    this.schedule();
  }

  private openPanel(): void {
    if (!this.panel) {
      const media = vscode.Uri.joinPath(this.context.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel(
        'fazhi.preview',
        t('报告预览', 'Report preview'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [media], enableFindWidget: true },
      );
      this.panel.webview.html = previewShell(this.panel.webview, media, t('正在渲染……', 'Rendering…'));
      this.panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m));
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
        this.pack = undefined;
        this.shown = undefined;
      });
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
  }

  /** The rendered report for the document's current version (cached; concurrent callers share one request). */
  async render(document: vscode.TextDocument): Promise<RenderResult | undefined> {
    const uri = document.uri.toString();
    const version = document.version;
    if (this.cache?.uri === uri && this.cache.version === version) return this.cache.result;
    const key = `${uri}@${version}`;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.request(document, uri, version).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private async request(document: vscode.TextDocument, uri: string, version: number): Promise<RenderResult | undefined> {
    const client = this.client();
    if (!client) return undefined;
    const result = await client.sendRequest(RenderRequest, { uri, page: true });
    if (!result) return undefined;
    if (document.version === version && (result.version ?? version) === version) {
      const cache = (this.cache = { uri, version, result });
      // After the preview's message has gone: the status bar's character count reads the whole page, and VS Code
      // writes messages on a timer it sets as they are posted (ProtocolWriter in its ipc.net.ts). An immediate here
      // ran before that timer, so the preview's patch waited for the count (docs/performance.md, live preview).
      setTimeout(() => this.rendered.fire(cache), 0);
    }
    return result;
  }

  private follow(document: vscode.TextDocument): void {
    this.document = document;
    if (this.panel) this.panel.title = `${t('预览', 'Preview')} ${document.uri.path.split('/').pop() ?? ''}`;
    this.schedule();
  }

  /** Renders now when idle; while a render runs, once more when it returns (with the newest version). */
  private schedule(): void {
    this.dirty = true;
    if (this.pumping) return;
    this.pumping = true;
    // One turn of the event loop first: the language client sends the edit's didChange from the same event, through
    // a few promise steps, and the render request must not overtake it.
    setImmediate(() => void this.pump());
  }

  private async pump(): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false;
        await this.update();
      }
    } finally {
      this.pumping = false;
    }
  }

  private async update(): Promise<void> {
    if (this.pack) return this.updatePack();
    const { panel, document } = this;
    if (!panel || !document) return;
    try {
      const asked = document.version;
      const askedAt = now();
      const result = await this.render(document);
      // An edit from the preview being applied answers `applied` first: the webview takes a render as confirming its
      // edit only after that answer, so this render must not overtake it.
      await this.editing;
      if (panel !== this.panel || document !== this.document) return;
      // Renders run one at a time, so they arrive in order: a render older than the document still goes out (the
      // writer sees progress while typing on), and the one that follows brings the newest version.
      if (result?.page) {
        // The server says which version it rendered; should it not have had the newest yet, render again after.
        const version = result.version ?? asked;
        if (version < asked && this.behind++ < 3) this.dirty = true;
        else this.behind = 0;
        this.post(panel, document.uri.toString(), result.page, version, { changed: this.changedAt, asked: askedAt, answered: now() });
        this.sendProblems(document);
        // Re-mark the cursor's block. The preview scrolls only for a cursor moved to another block while this render
        // was on its way (the webview scrolls only to a block out of view): typing keeps the writer's scroll position.
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
        if (editor) this.highlight(editor, this.revealWithRender);
        this.revealWithRender = false;
      } else if (!result && !this.client()) {
        this.shown = undefined;
        await panel.webview.postMessage({ type: 'error', text: t('报告语言服务未运行，无法预览。', 'The report language server is not running; no preview.') });
      }
    } catch (error) {
      this.shown = undefined;
      await panel.webview.postMessage({ type: 'error', text: t(`预览失败：${String(error)}`, `Preview failed: ${String(error)}`) });
    }
  }

  private async updatePack(): Promise<void> {
    const { panel, pack, packReport } = this;
    const client = this.client();
    if (!panel || !pack) return;
    try {
      if (!client) throw new Error(t('报告语言服务未运行。', 'The report language server is not running.'));
      const result = await client.sendRequest(RenderPackRequest, { uri: pack.uri.toString(), ...(packReport ? { report: packReport.uri.toString() } : {}) });
      // Renders run one at a time (pump), so this is the newest asked for; the panel may have closed meanwhile.
      if (panel !== this.panel) return;
      panel.title = `${t('模板预览', 'Pack preview')} ${result.packId}`;
      // A whole page, not a patch: the report's next render must not be diffed against what the pack showed.
      this.shown = undefined;
      // Clicks, edits typed in the preview and the highlighted block refer to the report rendered.
      if (result.reportUri && this.document?.uri.toString() !== result.reportUri) this.document = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.reportUri));
      if (result.html === undefined) {
        await panel.webview.postMessage({ type: 'error', text: result.error ?? t('无法渲染。', 'Cannot render.'), keep: true });
        return;
      }
      await panel.webview.postMessage({ type: 'update', html: result.html, version: this.document?.version });
      if (this.document) this.sendProblems(this.document);
    } catch (error) {
      await panel.webview.postMessage({ type: 'error', text: t(`预览失败：${String(error)}`, `Preview failed: ${String(error)}`), keep: true });
    }
  }

  /**
   * The changed blocks when the webview holds an earlier render of this document, the whole page otherwise. Messages
   * to a webview arrive in order, so what was last sent is what the webview will hold; a patch names that render as
   * its base, and the webview asks for the whole page (`resync`) should it hold another.
   */
  private post(panel: vscode.WebviewPanel, uri: string, page: NonNullable<RenderResult['page']>, version: number, timing: object): void {
    const next = keyed(page);
    const shown = this.shown;
    const patch = shown && shown.uri === uri ? diffPages(shown.page, next) : undefined;
    const render = ++this.renders;
    this.shown = { uri, render, page: next };
    void panel.webview.postMessage(
      patch && shown ? { type: 'patch', base: shown.render, render, version, timing, ...patch } : { type: 'update', page, render, version, timing },
    );
  }

  /** The report's diagnostics, marked in the preview on the blocks they fall in (a squiggle and the message). */
  private sendProblems(document: vscode.TextDocument): void {
    const problems = vscode.languages
      .getDiagnostics(document.uri)
      .filter((d) => d.source === undefined || /fazhi/i.test(d.source))
      .map((d) => ({
        offset: document.offsetAt(d.range.start),
        error: d.severity === vscode.DiagnosticSeverity.Error,
        message: `${d.message}${d.code ? ` (${typeof d.code === 'object' ? String(d.code.value) : String(d.code)})` : ''}`,
      }));
    void this.panel?.webview.postMessage({ type: 'problems', problems });
  }

  private highlight(editor: vscode.TextEditor, reveal = true): void {
    const offset = editor.document.offsetAt(editor.selection.active);
    void this.panel?.webview.postMessage({ type: 'highlight', offset, reveal });
  }

  private onMessage(message: unknown): void {
    if (typeof message !== 'object' || message === null) return;
    const m = message as { type?: string; start?: unknown; end?: unknown };
    if (m.type === 'ready' || m.type === 'resync') {
      this.cache = undefined;
      this.shown = undefined;
      this.schedule();
    }
    if (m.type === 'reveal' && typeof m.start === 'number' && typeof m.end === 'number' && this.document) {
      void this.reveal(this.document, m.start, m.end);
    }
    if (m.type === 'revealFigure' && typeof m.start === 'number' && typeof m.end === 'number' && this.document) {
      void this.revealFigure(this.document, m.start, m.end);
    }
    if (typeof m.type === 'string' && PREVIEW_EDITS.has(m.type)) {
      this.editing = this.editing.then(() => this.editFromPreview(message as PreviewEdit)).catch(() => undefined);
    }
  }

  /**
   * An edit typed in the preview, made to the YAML it came from as an ordinary editor edit (so undo works and the
   * YAML view stays the truth); the re-render that follows brings the preview in step.
   */
  private async editFromPreview(m: PreviewEdit): Promise<void> {
    const document = this.document;
    if (!document || typeof m.start !== 'number') return;
    const edit = await yamlEditForMessage(document, m, () => document === this.document);
    if (edit === null) {
      // The writer closed the new item's title box: nothing is in flight any more.
      void this.panel?.webview.postMessage({ type: 'cancelled' });
      return;
    }
    if (!edit || !(await applyAsOwnUndoStep(document, edit))) {
      void this.panel?.webview.postMessage({ type: 'rejected' });
      // The webview's block shows what was typed, not the render: the whole page again.
      this.cache = undefined;
      this.shown = undefined;
      this.schedule();
      const why = REFUSED[m.type];
      if (why) void vscode.window.showWarningMessage(t(why.zh, why.en));
      return;
    }
    // The webview keeps its edit in flight until a render of this version arrives (older renders are stale for it).
    void this.panel?.webview.postMessage({ type: 'applied', version: document.version });
    if ('focus' in edit) void this.panel?.webview.postMessage({ type: 'focusAt', focus: edit.focus });
    else if ('entryOffset' in edit) void this.panel?.webview.postMessage({ type: 'focusAt', focus: { offset: edit.entryOffset, select: NEW_ENTRY_TEXT } });
  }

  /** A figure clicked in the preview: its entry under `stats:` selected in the editor (the focus stays in the preview). */
  private async revealFigure(document: vscode.TextDocument, start: number, end: number): Promise<void> {
    const column = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: true });
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async reveal(document: vscode.TextDocument, start: number, end: number): Promise<void> {
    const column = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
    // The focus stays in the preview: the writer may be about to type there.
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: true });
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    // Into the prose itself: a cursor before `>-` is where typing breaks the YAML.
    const cursor = document.positionAt(proseStart(document.getText(), start, end));
    editor.selection = new vscode.Selection(cursor, cursor);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.panel?.dispose();
    this.subscriptions.forEach((d) => d.dispose());
  }
}

/** Milliseconds on the clock the webview and the workbench share (for the timings sent with each render). */
function now(): number {
  return Date.now();
}

/**
 * One edit from the preview as its own undo step: with undo stops on both sides it never merges with what was typed
 * in the YAML just before (Ctrl+Z then takes back exactly the preview's edit). Through the document's editor when one
 * is open, else as a workspace edit.
 */
async function applyAsOwnUndoStep(document: vscode.TextDocument, edit: { offset: number; length: number; text: string }): Promise<boolean> {
  const range = new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length));
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  if (editor) return editor.edit((b) => b.replace(range, edit.text), { undoStopBefore: true, undoStopAfter: true });
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(document.uri, range, edit.text);
  return vscode.workspace.applyEdit(workspaceEdit);
}
