import { readFileSync } from 'node:fs';
import { readPublishedReport, type DecodedText } from '@fazhi/core';
import { officeToDocx } from '@fazhi/core/node';
import { asUserError } from '../errors.js';
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
    return await readPublishedReport(readFileSync(path), path, lang, { officeToDocx });
  } catch (err) {
    throw asUserError(err);
  }
}
