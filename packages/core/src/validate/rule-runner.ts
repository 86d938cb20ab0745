import { isMap, type Scalar } from 'yaml';
import type { ParsedReport } from '../parse/parse-report.js';
import { valueOffsets } from '../text/scalar-offsets.js';
import type { Diagnostic, Locale } from './diagnostic.js';
import type { Finding, ProseScalar, Rule, RuleContext } from './rule.js';
import type { ValidateOptions } from './validate-report.js';

/** Rules whose findings are typing slips that change the meaning of the YAML (validateReport repairs them first). */
export const SLIP_CODES: ReadonlySet<string> = new Set(['fullwidth-colon', 'fullwidth-indent', 'tab-indent', 'colon-in-text']);

/**
 * The context rules run in. `prose` says which strings the rules look at: every prose string for a full
 * validation, only the changed ones for the language server's incremental one.
 */
export function ruleContext(parsed: ParsedReport, options: ValidateOptions, prose: () => ProseScalar[], add: (f: Finding) => void): RuleContext {
  return {
    report: parsed,
    data: isMap(parsed.doc.contents) && isRecord(parsed.data) ? parsed.data : undefined,
    locale: options.locale ?? 'zh',
    templates: options.templates,
    today: options.today ?? new Date(),
    prose,
    // Lazy: rules ask for the map before they know whether they will report anything, and on a
    // large file building it for every prose scalar was most of the validation time.
    offsetsOf: (node: Scalar) => {
      let map: ((index: number) => number) | undefined;
      return (index: number) => (map ??= valueOffsets(parsed.text, node))(index);
    },
    add,
  };
}

/** Runs one rule; a rule that throws is itself reported, so one bug cannot hide the other findings. */
export function runRule(rule: Rule, ctx: RuleContext): void {
  try {
    rule.check(ctx);
  } catch (err) {
    ctx.add({
      code: 'internal-error',
      severity: 'error',
      range: { start: 0, end: 0 },
      message: {
        zh: `检查规则 ${rule.codes.join('/')} 出错，请报告这个问题：${(err as Error).message}`,
        en: `Rule ${rule.codes.join('/')} failed; please report this: ${(err as Error).message}`,
      },
    });
  }
}

/** A finding in the reader's language. */
export function localize(f: Finding, locale: Locale): Diagnostic {
  const d: Diagnostic = { code: f.code, severity: f.severity, message: f.message[locale], range: f.range };
  if (f.fix) d.fix = { title: f.fix.title[locale], edits: f.fix.edits };
  return d;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
