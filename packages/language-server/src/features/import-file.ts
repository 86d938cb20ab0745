import { ResponseError } from 'vscode-languageserver';
import { importedPackId, importReport, readPublishedReport, UnreadableFileError, unknownTemplate } from '@fazhi/core';
import { officeToDocx } from '@fazhi/core/node';
import { isPackId } from '@fazhi/schema';
import { pick, type ServerContext } from '../context.js';
import type { ImportParams, ImportResult } from '../protocol.js';

/** The CLI's limit for a file it reads: a published report is far smaller. */
const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

/** What `fazhi/import` does; read by import.ts on the first request. */
export async function importFile(context: ServerContext, params: ImportParams): Promise<ImportResult> {
  const locale = context.locale();
  const catalog = context.workspace.catalog;
  if (params.newTemplate !== undefined && !isPackId(params.newTemplate)) {
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
