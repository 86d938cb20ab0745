/**
 * What makes a YAML file a report data file, read from its text alone (editors decide before parsing), so that
 * a file stays a report while its `template:` id is erased or mistyped (the diagnostics then say so):
 * - a top-level `template:` with an id-like value, known or not; or
 * - two of the top-level keys every report has: `template:` (even empty), `year:`, `jurisdiction:`.
 * A full-width colon after the key (an input-method slip the diagnostics report) counts as a colon. Files matching
 * the `fazhi.files` globs (default `**\/*.report.yaml`) are reports too; that needs the path and the settings, so
 * each editor edge adds it.
 */
const TEMPLATE_WITH_ID = /^template[ \t]*[:：][ \t]*["']?([A-Za-z0-9][\w.-]*)["']?[ \t]*(?:#.*)?$/m;
const TEMPLATE = /^template[ \t]*[:：]/m;
const YEAR = /^year[ \t]*[:：]/m;
const JURISDICTION = /^jurisdiction[ \t]*[:：]/m;

export function looksLikeReportText(text: string): boolean {
  if (TEMPLATE_WITH_ID.test(text)) return true;
  return [TEMPLATE, YEAR, JURISDICTION].filter((key) => key.test(text)).length >= 2;
}

/**
 * The id-like value of the top-level `template:` key, as written (known or not, well-formed or not: `isPackId` and the
 * catalog judge it), read by the same line rule that makes the file a report, so editor and server read one id.
 */
export function templateIdOf(text: string): string | undefined {
  return TEMPLATE_WITH_ID.exec(text)?.[1];
}
