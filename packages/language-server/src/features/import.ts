import type { ServerContext } from '../context.js';
import { ImportRequest, type FazhiExperimentalCapabilities, type ImportParams, type ImportResult } from '../protocol.js';
import type { Feature } from './feature.js';

/** `fazhi/import`: last year's published report (.docx, .html, .txt) → this year's data file, as `fazhi import` does. */
export const importFeature: Feature = {
  capabilities: { experimental: { fazhiImport: true } satisfies FazhiExperimentalCapabilities },
  register(context) {
    context.connection.onRequest(ImportRequest, async (params): Promise<ImportResult> => importFile(context, params));
  },
};

/**
 * The importer (its readers for .docx, .html, .mht and PDF, fflate, the HTML parser, learning a pack's format) is
 * read on the first import: a writer imports once a year, and the server starts and checks without it.
 */
async function importFile(context: ServerContext, params: ImportParams): Promise<ImportResult> {
  const { importFile: run } = await import('./import-file.js');
  return run(context, params);
}
