import { parseReport } from '../parse/parse-report.js';
import { applyEditsWithMap } from '../text/edit-map.js';
import type { Diagnostic, Range, TextEdit } from './diagnostic.js';
import { validateReport, type ValidateOptions } from './validate-report.js';

export interface AppliedFix {
  code: string;
  /** What the fix did, in the options' locale. */
  title: string;
  /** Where, 0-based, in the text as it was when the fix went in (the original text for the first round). */
  line: number;
  character: number;
}

export interface FixResult {
  text: string;
  applied: AppliedFix[];
}

/** Repairing one slip can reveal the next (a full-width colon hid a misspelt key); past this many rounds, stop. */
const MAX_ROUNDS = 10;

/**
 * Applies every fix the diagnostics carry (core attaches one only when applying it is always right), again
 * on the repaired text until none is left. Two fixes touching the same text are never half-applied: the
 * later waits for the next round, where it is found again or no longer needed. Does no I/O.
 */
export function fixReport(text: string, options: ValidateOptions & { source?: string } = {}): FixResult {
  const applied: AppliedFix[] = [];
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = parseReport(current, { source: options.source, locale: options.locale });
    const chosen = disjointFixes(validateReport(parsed, options));
    if (chosen.length === 0) break;
    const next = applyEditsWithMap(current, chosen.flatMap((d) => d.fix?.edits ?? [])).text;
    if (next === current) break;
    for (const d of chosen) {
      const at = parsed.lines.positionAt(d.range.start);
      applied.push({ code: d.code, title: d.fix?.title ?? '', line: at.line, character: at.character });
    }
    current = next;
  }
  return { text: current, applied };
}

/** The diagnostics with a fix, dropping any whose edits overlap an earlier chosen fix's. */
function disjointFixes(diagnostics: Diagnostic[]): Diagnostic[] {
  const taken: Range[] = [];
  const overlaps = (e: TextEdit) => taken.some((r) => (e.range.start < r.end && r.start < e.range.end) || (e.range.start === r.start && e.range.end === r.end));
  return diagnostics.filter((d) => {
    if (!d.fix || d.fix.edits.length === 0 || d.fix.edits.some(overlaps)) return false;
    taken.push(...d.fix.edits.map((e) => e.range));
    return true;
  });
}
