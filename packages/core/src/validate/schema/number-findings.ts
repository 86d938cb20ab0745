import type { Document } from 'yaml';
import { rangeOf, visitScalars } from '../../parse/yaml-nodes.js';
import type { Finding } from '../rule.js';

/**
 * What the text of a YAML 1.2 (core schema) document must contain for a scalar in it to be NaN, infinite or an
 * integer past 2^53: `.nan` or `.inf`, 16 decimal digits in a row (18 octal ones are that too), an exponent, 14
 * hex digits, or an explicit tag. Without any, the walk over every scalar below (~9 ms of a 3 MB report's first
 * check) is skipped. YAML 1.1 (`%YAML 1.1`) has other spellings (`1_000`, `1:30:00`): its documents are always
 * walked. test/rules/number-values.test.ts fails if any of these is left out.
 */
const MAYBE_UNFIT_NUMBER = /!|\d{16}|[\d.][eE][-+]?\d|0[xX][0-9a-fA-F]{14}|\.(?:nan|NaN|NAN|inf|Inf|INF)/;

/**
 * Numbers JSON Schema cannot judge: YAML's `.nan` and `.inf` are numbers to it (so a figure printed "学法NaN次"
 * with no word, or a bare `.nan` was refused as "must be number, not number"), and an integer past 2^53 is
 * silently rounded (99999999999999999999999 printed as 1e+23). Each is an invalid value at the place it is
 * written; no report needs either, and a figure that large can be written as text in quotes.
 */
export function numberFindings(doc: Document, text: string): Finding[] {
  const findings: Finding[] = [];
  if (doc.schema.name === 'core' && !MAYBE_UNFIT_NUMBER.test(text)) return findings;
  visitScalars(doc.contents, (node) => {
    const value = node.value;
    // The type first: a range object per scalar, for the few that are numbers, was 14,000 objects at 3 MB.
    if (typeof value !== 'number') return;
    const range = rangeOf(node);
    if (!range) return;
    if (!Number.isFinite(value)) {
      findings.push({
        code: 'invalid-value',
        severity: 'error',
        range,
        message: {
          zh: `“${String(node.source ?? value)}”在 YAML 里表示${Number.isNaN(value) ? '“不是数”（NaN）' : '无穷大'}，不能当作数字用：请写出实际的数字。`,
          en: `"${String(node.source ?? value)}" is YAML for ${Number.isNaN(value) ? 'not-a-number (NaN)' : 'infinity'}, not a figure: write the actual number.`,
        },
      });
    } else if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      findings.push({
        code: 'invalid-value',
        severity: 'error',
        range,
        message: {
          zh: `数字 ${String(node.source ?? value)} 太大，超过 ${Number.MAX_SAFE_INTEGER}，无法精确保存（会变成 ${String(value)}）：如确需这么大的数，请加引号写成文字。`,
          en: `The number ${String(node.source ?? value)} is over ${Number.MAX_SAFE_INTEGER} and cannot be kept exactly (it would become ${String(value)}): put it in quotes to keep it as text.`,
        },
      });
    }
  });
  return findings;
}
