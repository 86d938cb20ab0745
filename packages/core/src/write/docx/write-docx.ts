import type { ReportDocument } from '../../document/report-document.js';

/**
 * The report as a Word file laid out to GB/T 9704-2012 (build-docx.ts). The `docx` library is loaded on the
 * first call, not when @fazhi/core is imported: `fazhi check` and the language server's start-up never need it.
 */
export async function writeDocx(doc: ReportDocument): Promise<Uint8Array> {
  const { buildDocx } = await import('./build-docx.js');
  return buildDocx(doc);
}
