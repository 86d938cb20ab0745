// The custom requests the language server answers for the editor (packages/language-server/src/features/render.ts).
// The preview HTML's data-src offsets are UTF-16 offsets into the YAML text, as everywhere in core.
import { RequestType, RequestType0, type LanguageClient, type Range } from 'vscode-languageclient/node';

export interface RenderParams {
  uri: string;
}

export interface RenderResult {
  /** The print HTML in preview mode: each block element carries data-block and data-src-start/-end (offsets). */
  html: string;
  /** Block index → the YAML range it came from. */
  blocks?: Array<{ index: number; range?: Range }>;
  /** Template or data problems met while rendering. */
  problems?: unknown[];
}

export const RenderRequest = new RequestType<RenderParams, RenderResult | null, void>('fazhi/render');

export const OUTPUT_FORMATS = ['docx', 'html', 'txt', 'md', 'pdf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RenderToFileParams {
  uri: string;
  format: OutputFormat;
  /** Absolute folder to write into; beside the data file when absent. */
  outDir?: string;
}

export interface RenderToFileResult {
  /** Absolute path of the written file. */
  path: string;
}

export const RenderToFileRequest = new RequestType<RenderToFileParams, RenderToFileResult, void>('fazhi/renderToFile');

/** The formats the running server writes (it announces them in `capabilities.experimental.fazhiRenderFormats`). */
export function serverFormats(client: LanguageClient): string[] | undefined {
  const experimental = client.initializeResult?.capabilities.experimental as { fazhiRenderFormats?: unknown } | undefined;
  const formats = experimental?.fazhiRenderFormats;
  return Array.isArray(formats) ? formats.map(String) : undefined;
}

export interface ImportParams {
  fileName: string;
  /** The file's bytes, base64. */
  data: string;
  template?: string;
  /** The year the new report is for; the imported one's year when absent. */
  year?: number;
}

export interface ImportResult {
  yaml: string;
  templateId: string;
  warnings: string[];
  notes: string[];
}

export const ImportRequest = new RequestType<ImportParams, ImportResult, void>('fazhi/import');

export interface PackSummary {
  id: string;
  name: string;
  description: string;
  suits: string[];
  manifestUri?: string;
}

export const TemplatesRequest = new RequestType0<PackSummary[], void>('fazhi/templates');

export interface ScaffoldParams {
  template: string;
  year: number;
  jurisdiction: string;
  kind?: string;
  /** The header then names the editor's commands, not the terminal's. */
  writtenIn?: 'editor' | 'terminal';
}

export const ScaffoldRequest = new RequestType<ScaffoldParams, { text: string }, void>('fazhi/scaffold');

/** The kind of jurisdiction a name shows (示例县 → county), or none. */
export const JurisdictionKindRequest = new RequestType<{ name: string }, { kind?: string }, void>('fazhi/jurisdictionKind');

export interface RenderPackParams {
  /** Any file of the pack being edited (a template, a partial, its template.yaml). */
  uri: string;
  /** A report to render through the pack; the pack's example.yaml (or its parent's) when absent. */
  report?: string;
}

export interface RenderPackResult {
  packId: string;
  /** The report rendered (the data-src offsets of the HTML are offsets into it). */
  reportUri: string;
  /** Absent when the pack could not render the report: `error` says why, with the template's file:line:col. */
  html?: string;
  blocks?: Array<{ index: number; range?: Range }>;
  problems?: unknown[];
  error?: string;
}

/** The report rendered through the pack as the editor's buffers hold it (packages/language-server/src/templates-editor/pack-preview.ts). */
export const RenderPackRequest = new RequestType<RenderPackParams, RenderPackResult, void>('fazhi/renderPack');
