// The custom requests between the editor and this server, declared once: the server's handlers and the VS Code
// extension both import them from `@fazhi/language-server/protocol`. Side-effect free on purpose: it imports only
// types and the protocol library's RequestType, so the extension's bundle takes this file and not the server
// (extension/test/bundle.test.ts checks). Offsets in the preview HTML (data-src-*) are UTF-16 offsets into the YAML.
import { RequestType, RequestType0, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver-protocol';
import type { JurisdictionKind } from '@fazhi/schema';
import type { OutputFormat } from './protocol-constants.js';

export { OUTPUT_FORMATS, PREWARM_MAX_CHARS, type OutputFormat } from './protocol-constants.js';

/** What the server adds to `capabilities.experimental` in its initialize result. */
export interface FazhiExperimentalCapabilities {
  fazhiRender?: boolean;
  /** The formats `fazhi/renderToFile` writes here (PDF needs LibreOffice, which the server does not run). */
  fazhiRenderFormats?: string[];
  fazhiImport?: boolean;
  fazhiTemplates?: boolean;
  fazhiScaffold?: boolean;
  fazhiCompare?: boolean;
}

export interface RenderParams {
  /** An open report data file. */
  uri: string;
  /** Answer the page in pieces (`page`: one HTML element per block) instead of one `html` string: the live preview
   * compares two renders block by block and patches only the blocks that changed. */
  page?: boolean;
}

export interface RenderResult {
  /** The print HTML in preview mode (no external resources): each block carries data-block and data-src-start/-end.
   * Absent with `page`. */
  html?: string;
  /** With `page: true`: the same page as its language, style sheet and one element per block, in order. */
  page?: { lang: string; style: string; blocks: string[] };
  /** The version of the document rendered (the last `didChange` the server had when the request came). */
  version?: number;
  /** Where each output block came from in the YAML, for linking preview and source both ways. */
  blocks: Array<{ index: number; range?: Range }>;
  /** Template or data problems met while rendering (the document renders anyway when it can). */
  problems: LspDiagnostic[];
}

/** The live preview. Fails (ResponseError, `data.problems`) when the report cannot render at all. */
export const RenderRequest = new RequestType<RenderParams, RenderResult, void>('fazhi/render');

export interface RenderToFileParams {
  uri: string;
  format: OutputFormat;
  /** Absolute folder to write into; the data file's own folder when absent. */
  outDir?: string;
}

export interface RenderToFileResult {
  /** Absolute path of the written file. */
  path: string;
}

export const RenderToFileRequest = new RequestType<RenderToFileParams, RenderToFileResult, void>('fazhi/renderToFile');

export interface ImportParams {
  /** The file's name (its extension picks the reading: .docx, .html, else text); also named in messages. */
  fileName: string;
  /** The file's bytes, base64: the editor reads the file, so this works for remote and virtual files too. */
  data: string;
  /** A template pack to use instead of the one the importer recognises. */
  template?: string;
  /** The year the new report is for, when it is not the imported one's (last year's report → this year's). */
  year?: number;
  /**
   * When no pack prints the report as published, one is inferred from it (as `fazhi import` does) under this id;
   * by default `imported-<file name>`, numbered on past the packs in use and `packIdsInUse`. Not with `template`.
   */
  newTemplate?: string;
  /** Pack folders already in `templates/` where the data file goes (the editor sees them; the server may not). */
  packIdsInUse?: string[];
  /** false: never infer a pack (the closest one is used as it is). */
  learnFormat?: boolean;
}

export interface ImportResult {
  /** The data file, commented, ready to save and edit. */
  yaml: string;
  templateId: string;
  /** What the writer should check (parts not recognised, guesses made). */
  warnings: string[];
  /** How the file was read (its encoding). */
  notes: string[];
  /** The pack inferred from the report, which the data file names: write `yaml` to `templates/<id>/template.yaml` beside it. */
  newPack?: { id: string; yaml: string };
}

/** Last year's published report (.docx, .html, .txt …) → this year's data file, as `fazhi import` does. */
export const ImportRequest = new RequestType<ImportParams, ImportResult, void>('fazhi/import');

export interface PackSummary {
  id: string;
  /** In the client's message language. */
  name: string;
  description: string;
  /** What kinds of jurisdiction the pack is meant for. */
  suits: JurisdictionKind[];
  /** The pack's template.yaml (the workspace's packs before the built-in ones). */
  manifestUri?: string;
}

/** The packs the server uses, resolved along `extends`, for the editor's pickers. */
export const TemplatesRequest = new RequestType0<PackSummary[], void>('fazhi/templates');

export interface ScaffoldParams {
  template: string;
  year: number;
  jurisdiction: string;
  kind?: JurisdictionKind;
  /** The header then names the editor's commands, not the terminal's. */
  writtenIn?: 'editor' | 'terminal';
}

export interface ScaffoldResult {
  /** The new data file, the same text `fazhi new` writes. */
  text: string;
}

export const ScaffoldRequest = new RequestType<ScaffoldParams, ScaffoldResult, void>('fazhi/scaffold');

/** The kind of jurisdiction a name shows (示例县 → county), or none. */
export const JurisdictionKindRequest = new RequestType<{ name: string }, { kind?: JurisdictionKind }, void>('fazhi/jurisdictionKind');

export interface CompareParams {
  /** An open report data file whose last year's report the server found. */
  uri: string;
}

export interface CompareResult {
  /** A self-contained page (no script, nothing fetched): core's compareHtml. */
  html: string;
  /** Last year's file, as a URI. */
  previous: string;
  /** The share of this year's prose recycled from last year's, 0–1. */
  share: number;
}

/** 与去年对比. Fails (ResponseError) when no report for last year was found. */
export const CompareRequest = new RequestType<CompareParams, CompareResult, void>('fazhi/compare');

export interface RenderPackParams {
  /** Any file of the pack being edited: a template, a partial or its template.yaml. */
  uri: string;
  /** A report to render through it (the one open beside the pack); the pack's example.yaml when absent. */
  report?: string;
}

export interface RenderPackResult {
  packId: string;
  /** The report that was rendered. */
  reportUri: string;
  /** Preview HTML as `fazhi/render` gives it; absent when the pack could not render the report. */
  html?: string;
  /** Where each output block came from in the report. */
  blocks: Array<{ index: number; range?: Range }>;
  /** Problems met while rendering, in the report's positions. */
  problems: LspDiagnostic[];
  /** Why nothing rendered: the template fault with its pack file, line and column, shown in the preview. */
  error?: string;
}

/** A report rendered through the pack as the editor's buffers hold it (templates-editor/pack-preview.ts). */
export const RenderPackRequest = new RequestType<RenderPackParams, RenderPackResult, void>('fazhi/renderPack');

/**
 * Not a request: what the VS Code extension hands the server's worker when it starts it ahead of the client
 * (`workerData.ahead`, server-worker.ts): its folders, the built-in packs, the reports open, which the server makes
 * a workspace of and checks before `initialize` (warm-up.ts, prewarm).
 */
export interface Prewarm {
  folders: string[];
  builtinTemplatesDir?: string;
  documents: Array<{ uri: string; text: string }>;
}
