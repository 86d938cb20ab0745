import { parseReport, type ParsedReport } from '../parse/parse-report.js';
import { applyEditsWithMap } from '../text/edit-map.js';
import { visitScalars } from '../parse/yaml-nodes.js';
import type { TemplateCatalog } from '../templates/catalog.js';
import type { PreviousLookup } from '../years/previous-report.js';
import type { Diagnostic, Locale, Range, TextEdit } from './diagnostic.js';
import { diagnoseIndentation } from './indentation.js';
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
  const repaired = repair(parsed, slips.flatMap((s) => s.fix?.edits ?? []), locale);
  // A line indented to no level is diagnosed on the text with the slips repaired (a full-width colon makes the
  // lines under it look mis-indented); with one level to put it on, the rest is checked with it put there.
  const indentation = diagnoseIndentation(repaired.parsed, locale);
  const final = indentation?.diagnostic.fix ? repair(repaired.parsed, indentation.diagnostic.fix.edits, locale) : { parsed: repaired.parsed, back: (r: Range) => r };
  // Without a fix, the parser's errors on the lines it names are this one cause, said better.
  const [from, to] = indentation && !indentation.diagnostic.fix ? indentation.lines : [-1, -2];
  const problems = final.parsed.problems.filter((p) => {
    if (p.code !== 'syntax' && p.code !== 'duplicate-key') return true;
    const line = final.parsed.lines.positionAt(p.range.start).line;
    return line < from || line > to;
  });
  const rest = [...problems, ...runRules(final.parsed, otherRules, options, locale)].map((d) => mapBack(d, final.back));
  // A slip with no fix (a tab whose level only the writer knows) is not repaired: the parser's errors on its line are its own.
  const unrepaired = new Set(slips.filter((s) => !s.fix).map((s) => parsed.lines.positionAt(s.range.start).line));
  const others = [...(indentation ? [indentation.diagnostic] : []), ...rest]
    .map((d) => mapBack(d, repaired.back))
    .filter((d) => !(['syntax', 'duplicate-key', 'indentation'].includes(d.code) && unrepaired.has(parsed.lines.positionAt(d.range.start).line)));
  return sorted([...slips, ...others]);
}

/** The text with the edits applied, parsed again, and the way back to the offsets of the text given. */
function repair(parsed: ParsedReport, edits: TextEdit[], locale: Locale): { parsed: ParsedReport; back: (r: Range) => Range } {
  if (edits.length === 0) return { parsed, back: (r) => r };
  const repaired = applyEditsWithMap(parsed.text, edits);
  const back = (r: Range) => ({ start: repaired.toOriginal(r.start), end: Math.max(repaired.toOriginal(r.start), repaired.toOriginal(r.end)) });
  return { parsed: parseReport(repaired.text, { source: parsed.source, locale }), back };
}

function mapBack(d: Diagnostic, back: (r: Range) => Range): Diagnostic {
  return {
    ...d,
    range: back(d.range),
    ...(d.fix ? { fix: { ...d.fix, edits: d.fix.edits.map((e) => ({ ...e, range: back(e.range) })) } } : {}),
  };
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
    if (typeof node.value === 'string' && isProsePath(path)) out.push({ node, path: path.slice(), value: node.value });
  });
  return out;
}

