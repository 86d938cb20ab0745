import { onFirstUse } from '../on-first-use.js';
import { ImportRequest, type FazhiExperimentalCapabilities } from '../protocol.js';
import type { Feature } from './feature.js';

/** `fazhi/import`: last year's published report (.docx, .html, .txt) → this year's data file, as `fazhi import` does. */
export const importFeature: Feature = {
  capabilities: { experimental: { fazhiImport: true } satisfies FazhiExperimentalCapabilities },
  register(context) {
    // The importer (its readers for .docx, .html, .mht and PDF, fflate, the HTML parser, learning a pack's format)
    // is read on the first import: a writer imports once a year, and the server starts and checks without it.
    const importer = onFirstUse(() => import('./import-file.js'));
    context.connection.onRequest(ImportRequest, (params) => importer((m) => m.importFile(context, params)));
  },
};
