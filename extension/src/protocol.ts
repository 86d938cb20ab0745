// The custom requests the language server answers for the editor (packages/language-server). Offsets are UTF-16
// offsets into the YAML text, as everywhere in core; the client turns them into positions with the document.
import { RequestType } from 'vscode-languageclient/node';

export interface SourceRange {
  start: number;
  end: number;
}

export interface RenderParams {
  textDocument: { uri: string };
}

export interface RenderResult {
  /** The print HTML in preview mode: each block element carries data-block and data-src-start/-end. */
  html: string;
  /** The document version the HTML was rendered from. */
  version?: number;
  /** Block index → the YAML range it came from (the same as the data-src attributes). */
  blocks?: Array<SourceRange | null>;
}

export const RenderRequest = new RequestType<RenderParams, RenderResult | null, void>('fazhi/render');

export const OUTPUT_FORMATS = ['docx', 'html', 'txt', 'md', 'pdf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RenderToFileParams {
  textDocument: { uri: string };
  format: OutputFormat;
  /** Absolute folder to write into; beside the data file when absent. */
  outDir?: string;
}

export interface RenderToFileResult {
  /** Absolute path of the written file. */
  path: string;
}

export const RenderToFileRequest = new RequestType<RenderToFileParams, RenderToFileResult, void>('fazhi/renderToFile');
