import type { ParsedReport } from '../parse/parse-report.js';
import type { Message } from '../validate/diagnostic.js';

/** Last year's report, as the year-over-year checks read it. The host found and read it; the core only parses. */
export interface PreviousReport {
  /** How to name the file to a person, and where related locations point (a path or a URI). */
  source: string;
  /** Last year's data file, or the data file the importer made from a published report. */
  parsed: ParsedReport;
  /**
   * Whether offsets into `parsed.text` are positions in `source` (a data file). For an imported .docx or
   * .html they are not, and related locations point at the file's start.
   */
  locatable: boolean;
}

/** What validation knows about last year: the report, or why the one the data names could not be read. */
export interface PreviousLookup {
  report?: PreviousReport;
  /** `previous:` names a file that could not be read or is not last year's report. */
  problem?: Message;
}

/** Options of the year-over-year checks. */
export interface YearOverYearOptions {
  /** A figure that grew or shrank by this factor or more is a warning (48 → 480). Default 5. */
  jumpFactor?: number;
}

export const DEFAULT_JUMP_FACTOR = 5;
