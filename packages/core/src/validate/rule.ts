import type { Scalar } from 'yaml';
import type { ParsedReport } from '../parse/parse-report.js';
import type { Path } from '../parse/yaml-nodes.js';
import type { TemplateCatalog } from '../templates/catalog.js';
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
}

export interface RuleContext {
  readonly report: ParsedReport;
  /** The top-level mapping of the data, or undefined when the file is not a mapping. */
  readonly data: Record<string, unknown> | undefined;
  readonly locale: Locale;
  readonly templates: TemplateCatalog | undefined;
  /** The date validation runs on (tests pin it). */
  readonly today: Date;
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
  check(ctx: RuleContext): void;
}
