import { parseReport, type ParsedReport } from '../parse/parse-report.js';
import { applyEditsWithMap } from '../text/edit-map.js';
import { visitScalars } from '../parse/yaml-nodes.js';
import type { TemplateCatalog } from '../templates/catalog.js';
import type { PreviousLookup } from '../years/previous-report.js';
import type { Diagnostic, Locale } from './diagnostic.js';
import { isProsePath } from './prose-paths.js';
import type { Finding, ProseScalar, Rule } from './rule.js';
import { localize, ruleContext, runRule, SLIP_CODES } from './rule-runner.js';
import { ALL_RULES } from './rules/index.js';

export interface ValidateOptions {
  locale?: Locale;
  /** The packs the `template:` id is looked up in; without it template rules stay silent. */
  templates?: TemplateCatalog;
  /** "Today" for date rules; defaults to now. */
  today?: Date;
  rules?: readonly Rule[];
  /** Last year's report, found and read by the host (the core does no I/O): the year-over-year checks. */
  previous?: PreviousLookup;
  /** A figure that grew or shrank by this factor from last year is a warning; default 5. */
  jumpFactor?: number;
}

/**
 * Every problem in a parsed report, in source order. Never throws: a rule that fails is itself
 * reported, so one bug cannot hide the other findings.
 *
 * An input-method slip (a full-width colon after a key, full-width spaces as indentation) changes what
 * the YAML means, and everything found after it would be a consequence. So the slips are reported on
 * the text as written, and all other rules run on a copy with the slips repaired, their positions
 * mapped back: the writer sees the slip and every real problem, none of the noise it causes.
 */
export function validateReport(parsed: ParsedReport, options: ValidateOptions = {}): Diagnostic[] {
  const locale = options.locale ?? 'zh';
  const rules = options.rules ?? ALL_RULES;
  const slipRules = rules.filter((r) => r.codes.some((c) => SLIP_CODES.has(c)));
  const otherRules = rules.filter((r) => !slipRules.includes(r));
  const slips = runRules(parsed, slipRules, options, locale);
  const edits = slips.flatMap((s) => s.fix?.edits ?? []);
  if (edits.length === 0) return sorted([...slips, ...parsed.problems, ...runRules(parsed, otherRules, options, locale)]);
  const repaired = applyEditsWithMap(parsed.text, edits);
  const reparsed = parseReport(repaired.text, { source: parsed.source, locale });
  const back = (r: { start: number; end: number }) => ({ start: repaired.toOriginal(r.start), end: Math.max(repaired.toOriginal(r.start), repaired.toOriginal(r.end)) });
  const rest = [...reparsed.problems, ...runRules(reparsed, otherRules, options, locale)].map((d) => ({
    ...d,
    range: back(d.range),
    ...(d.fix ? { fix: { ...d.fix, edits: d.fix.edits.map((e) => ({ ...e, range: back(e.range) })) } } : {}),
  }));
  return sorted([...slips, ...rest]);
}

const sorted = (ds: Diagnostic[]) => ds.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);

function runRules(parsed: ParsedReport, rules: readonly Rule[], options: ValidateOptions, locale: Locale): Diagnostic[] {
  const findings: Finding[] = [];
  let prose: ProseScalar[] | undefined;
  const ctx = ruleContext(parsed, { ...options, locale }, () => (prose ??= collectProse(parsed)), (f) => findings.push(f));
  for (const rule of rules) runRule(rule, ctx);
  return findings.map((f) => localize(f, locale));
}

function collectProse(parsed: ParsedReport): ProseScalar[] {
  const out: ProseScalar[] = [];
  visitScalars(parsed.doc.contents, (node, path) => {
    if (typeof node.value === 'string' && isProsePath(path)) out.push({ node, path: [...path], value: node.value });
  });
  return out;
}

