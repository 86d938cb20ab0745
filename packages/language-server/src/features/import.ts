import { ResponseError } from 'vscode-languageserver';
import { importedPackId, importReport, readPublishedReport, UnreadableFileError, unknownTemplate } from '@fazhi/core';
import { officeToDocx } from '@fazhi/core/node';
import { pick, type ServerContext } from '../context.js';
import type { Feature } from './feature.js';

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

export interface ImportResponse {
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

/** The CLI's limit for a file it reads: a published report is far smaller. */
const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

/** `fazhi/import`: last year's published report (.docx, .html, .txt) → this year's data file, as `fazhi import` does. */
export const importFeature: Feature = {
  capabilities: { experimental: { fazhiImport: true } },
  register(context) {
    context.connection.onRequest('fazhi/import', async (params: ImportParams): Promise<ImportResponse> => importFile(context, params));
  },
};

async function importFile(context: ServerContext, params: ImportParams): Promise<ImportResponse> {
  const locale = context.locale();
  const catalog = context.workspace.catalog;
  if (params.newTemplate !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(params.newTemplate)) {
    throw new ResponseError(1, pick(locale, `新模板的编号只能用小写字母、数字和短横线，例如 shiyi-county（不是“${params.newTemplate}”）。`, `A new pack's id takes lower-case letters, digits and hyphens, e.g. shiyi-county (not “${params.newTemplate}”).`));
  }
  if (params.template !== undefined && !catalog.has(params.template)) {
    const { zh, en } = unknownTemplate(params.template, catalog.ids());
    throw new ResponseError(1, pick(locale, zh, en));
  }
  const bytes = Buffer.from(params.data, 'base64');
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ResponseError(1, pick(locale, `${params.fileName}：文件超过 16 MB，不像是一份报告，请检查是否选错了文件。`, `${params.fileName}: over 16 MB, too large for a report; check the file.`));
  }
  try {
    const { text, notes } = await readPublishedReport(bytes, params.fileName, locale, { officeToDocx });
    const learn = params.template === undefined && params.learnFormat !== false;
    const inUse = new Set(params.packIdsInUse ?? []);
    const id = params.newTemplate ?? importedPackId(params.fileName, (taken) => catalog.has(taken) || inUse.has(taken));
    const result = importReport(text, { catalog, fileName: params.fileName, template: params.template, locale, year: params.year, ...(learn ? { learnFormat: { id } } : {}) });
    return { yaml: result.yaml, templateId: result.templateId, warnings: result.warnings, notes, ...(result.newPack ? { newPack: result.newPack } : {}) };
  } catch (err) {
    if (err instanceof UnreadableFileError) throw new ResponseError(1, err.message);
    throw err;
  }
}
