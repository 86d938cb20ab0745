import type { Scalar } from 'yaml';
import type { ParsedReport } from '../parse/parse-report.js';
import type { Path } from '../parse/yaml-nodes.js';
import type { TemplateCatalog } from '../templates/catalog.js';
import type { PreviousLookup } from '../years/previous-report.js';
import type { Locale, Message, Range, Severity, TextEdit } from './diagnostic.js';

/** A string value that holds Chinese prose (as opposed to ids, dates and figures). */
export interface ProseScalar {
  node: Scalar;
  path: Path;
  value: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: Message;
  range: Range;
  fix?: { title: Message; edits: TextEdit[]; scaffold?: true };
  related?: Array<{ source: string; range: Range; message: Message }>;
}

export interface RuleContext {
  readonly report: ParsedReport;
  /** The top-level mapping of the data, or undefined when the file is not a mapping. */
  readonly data: Record<string, unknown> | undefined;
  readonly locale: Locale;
  readonly templates: TemplateCatalog | undefined;
  /** The date validation runs on (tests pin it). */
  readonly today: Date;
  /** Last year's report, when the host found one (or why the one named could not be read). */
  readonly previous: PreviousLookup | undefined;
  /** A figure that changed by this factor from last year is a warning. */
  readonly jumpFactor: number;
  /** Every prose string value, collected once. */
  prose(): ProseScalar[];
  /** Maps an index into a scalar's value to a source offset. */
  offsetsOf(node: Scalar): (index: number) => number;
  add(finding: Finding): void;
}

/** A validation rule: one file each under rules/, documented in docs/diagnostics.md. */
export interface Rule {
  /** Every code the rule can report. */
  codes: readonly string[];
  /**
   * What the rule reads besides each prose string's own text, its path and `year`, `stats`, `jurisdiction`
   * and `template` (for example another part, or `previous`). The language server's incremental
   * validation re-checks a prose string only when it changed; a rule that declares `reads` is run over the
   * whole report on every edit instead, so its findings cannot go stale.
   */
  reads?: readonly string[];
  check(ctx: RuleContext): void;
}
