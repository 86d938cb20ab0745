import { readFileSync } from 'node:fs';
import { readPublishedReport, type DecodedText } from '@fazhi/core';
import { officeToDocx } from '@fazhi/core/node';
import { asUserError } from '../errors.js';
import { sweepPdfScratch } from '../render/pdf-scratch.js';
import type { Lang } from '../i18n.js';
import { checkDataFile } from './read-data-file.js';

export type ReportText = DecodedText;

/**
 * A published report as text (core's readPublishedReport: .docx, .doc/.wps through LibreOffice, .pdf, .html,
 * .mht, or text in UTF-8, GB18030 or UTF-16), after the CLI's existence, folder and size checks; its refusals become the CLI's UserError.
 */
export async function readReportFile(path: string, lang: Lang): Promise<ReportText> {
  checkDataFile(path, lang);
  try {
    // Before LibreOffice starts, what a killed run's conversion left (its folder, a LibreOffice still running) goes.
    const converted: typeof officeToDocx = (bytes, name, locale) => (sweepPdfScratch('stale'), officeToDocx(bytes, name, locale));
    return await readPublishedReport(readFileSync(path), path, lang, { officeToDocx: converted });
  } catch (err) {
    throw asUserError(err);
  }
}
