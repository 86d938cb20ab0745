import {
  ALL_RULES,
  localizeFinding,
  ruleContext,
  runRule,
  SLIP_CODES,
  validateReport,
  type Diagnostic,
  type Finding,
  type ParsedReport,
  type ProseScalar,
  type ValidateOptions,
} from '@fazhi/core';
import { ProseIndex } from './prose-index.js';

/** Below this size validating from scratch is as fast as bookkeeping. */
const SMALL = 64 * 1024;

interface Remembered {
  /** Findings with ranges relative to the scalar's start, and the rule that made each. */
  findings: Array<{ rule: number; finding: Finding }>;
}

/**
 * Core's validation with the per-string work remembered between versions. Every rule that checks prose
 * strings finds each string's problems from that string alone and a few report-wide facts (year, stats,
 * jurisdiction, template); so when those facts are unchanged, a string node the chunked parser reused
 * keeps its findings, and the rules are shown only the new strings. Rules about the whole report run in
 * full every time, and so does a prose rule that declares `reads` (it depends on more than its string). Slips, syntax errors and small files take core's own path, so results are core's.
 */
export class IncrementalValidator {
  private readonly prose = new ProseIndex();
  /** Keyed by the ProseScalar object, which the prose index reuses only for the same node at the same path. */
  private remembered = new WeakMap<ProseScalar, Remembered>();
  private facts = '';
  /** Strings the rules were shown in the last call (the rest kept their findings): what an edit cost. */
  checked = 0;

  validate(parsed: ParsedReport, options: ValidateOptions): Diagnostic[] {
    if (parsed.text.length < SMALL || parsed.problems.length) return validateReport(parsed, options);
    const rules = options.rules ?? ALL_RULES;
    const locale = options.locale ?? 'zh';
    const data = isRecord(parsed.data) ? parsed.data : undefined;
    const facts = JSON.stringify([data?.year, data?.stats, data?.jurisdiction, data?.template, rules.map((r) => r.codes.join())]);
    if (facts !== this.facts) {
      this.remembered = new WeakMap();
      this.facts = facts;
    }
    const all = this.prose.collect(parsed.doc.contents);
    const fresh: ProseScalar[] = [];
    const out: Array<{ rule: number; seq: number; finding: Finding }> = [];
    let seq = 0;
    for (const scalar of all) {
      const hit = this.remembered.get(scalar);
      if (!hit) {
        fresh.push(scalar);
        continue;
      }
      const start = (scalar.node.range as [number, number, number])[0];
      for (const f of hit.findings) out.push({ rule: f.rule, seq: seq++, finding: moved(f.finding, start) });
    }

    this.checked = fresh.length;
    const found: Array<{ rule: number; finding: Finding }> = [];
    // A rule that declares `reads` depends on more than each string and the facts: it sees every string
    // and its findings are never remembered (DESIGN.md, "Known trap").
    const wholeReport: Array<{ rule: number; finding: Finding }> = [];
    rules.forEach((rule, index) => {
      if (rule.reads?.length) runRule(rule, ruleContext(parsed, options, () => all, (finding) => wholeReport.push({ rule: index, finding })));
      else runRule(rule, ruleContext(parsed, options, () => fresh, (finding) => found.push({ rule: index, finding })));
    });
    if (found.some((f) => SLIP_CODES.has(f.finding.code) && f.finding.fix?.edits.length)) return validateReport(parsed, options);
    for (const f of wholeReport) out.push({ rule: f.rule, seq: seq++, finding: f.finding });

    // Findings inside a fresh string belong to it (remembered for the next version); others are report-wide.
    const owners = new Map<ProseScalar, Remembered>();
    for (const f of found) {
      const owner = ownerOf(fresh, f.finding.range.start, f.finding.range.end);
      if (owner) {
        let entry = owners.get(owner);
        if (!entry) owners.set(owner, (entry = { findings: [] }));
        entry.findings.push({ rule: f.rule, finding: moved(f.finding, -(owner.node.range as [number, number, number])[0]) });
      }
      out.push({ rule: f.rule, seq: seq++, finding: f.finding });
    }
    for (const scalar of fresh) this.remembered.set(scalar, owners.get(scalar) ?? { findings: [] });

    out.sort((a, b) => a.finding.range.start - b.finding.range.start || a.finding.range.end - b.finding.range.end || a.rule - b.rule || a.seq - b.seq);
    return out.map(({ finding }) => localizeFinding(finding, locale));
  }
}

/** The fresh string (in document order) whose source holds [start, end]. */
function ownerOf(fresh: ProseScalar[], start: number, end: number): ProseScalar | undefined {
  let lo = 0;
  let hi = fresh.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = (fresh[mid] as ProseScalar).node.range as [number, number, number];
    if (start < s) hi = mid - 1;
    else if (start > e) lo = mid + 1;
    else return end <= e + 1 ? fresh[mid] : undefined;
  }
  return undefined;
}

function moved(f: Finding, delta: number): Finding {
  if (delta === 0) return f;
  const shift = (r: { start: number; end: number }) => ({ start: r.start + delta, end: r.end + delta });
  return {
    ...f,
    range: shift(f.range),
    ...(f.fix ? { fix: { title: f.fix.title, edits: f.fix.edits.map((e) => ({ ...e, range: shift(e.range) })) } } : {}),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
