import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { YAML_OPTIONS } from '../../src/parse/parse-report.js';
import { numberFindings as numbersIn } from '../../src/validate/schema/number-findings.js';
import { found, source } from '../helpers.js';

/** `.nan`, `.inf` and integers past 2^53: an invalid value where written, never NaN or 1e+23 in a report. */
const report = (stats: string) => source`
  template: national
  year: 2023
  jurisdiction: { name: 示例县, kind: county }
  stats:
  ${stats}
`;
const numberFindings = (text: string) => found(text).filter((f) => f.code === 'invalid-value' || f.code === 'wrong-type');

describe('numbers JSON Schema cannot judge', () => {
  it('reports .nan in a figure value (before: no diagnostic, printed NaN)', () => {
    expect(numberFindings(report('  study: { value: .nan, unit: 次 }'))).toMatchObject([{ code: 'invalid-value', severity: 'error', at: '5:19-5:23' }]);
  });

  it('reports a bare .nan and .inf once each, as what they are (before: "must be number, not number")', () => {
    const text = report('  study: .nan\n    cases: -.inf');
    expect(numberFindings(text)).toMatchObject([
      { code: 'invalid-value', at: '5:10-5:14' },
      { code: 'invalid-value', at: '6:10-6:15' },
    ]);
  });

  it('reports an integer too big to keep exactly (before: printed 1e+23), and accepts the largest safe one and quoted text', () => {
    expect(numberFindings(report('  big: 99999999999999999999999'))).toMatchObject([{ code: 'invalid-value', at: '5:8-5:31' }]);
    expect(numberFindings(report('  big: 9007199254740991\n    text: "99999999999999999999999"'))).toEqual([]);
  });

  it('finds them in every spelling: exponents, hex, octal, upper case, and YAML 1.1 (whose walk is never skipped)', () => {
    for (const value of ['1.e400', '.5e400', '-1E+16', '0x20000000000000', '0o400000000000000000', '-.INF', '.NaN']) {
      expect(numberFindings(report(`  big: ${value}`)), value).toMatchObject([{ code: 'invalid-value' }]);
    }
    expect(numberFindings(`%YAML 1.1\n---\n${report('  big: 1:0:0:0:0:0:0:0:0:0')}`)).toMatchObject([{ code: 'invalid-value' }]);
  });

  it('skips the walk only when no scalar can be such a number (random number-like values)', () => {
    const digits = (chars: string, max: number) => fc.array(fc.constantFrom(...chars), { maxLength: max, size: 'max' }).map((d) => d.join(''));
    const numberish = fc.oneof(
      fc
        .tuple(fc.constantFrom('', '-', '+'), digits('0123456789', 20), fc.constantFrom('', '.'), digits('0123456789', 4), fc.constantFrom('', 'e', 'E', 'e+', 'e-'), digits('0123456789', 3))
        .map(([sign, whole, point, fraction, e, exponent]) => sign + whole + point + fraction + (e && exponent ? e + exponent : '')),
      fc.tuple(fc.constantFrom('0x', '0X'), digits('0123456789abcdefABCDEF', 18)).map(([p, d]) => p + d),
      fc.tuple(fc.constantFrom('0o'), digits('01234567', 20)).map(([p, d]) => p + d),
      fc.constantFrom('.nan', '.NaN', '.NAN', '.inf', '-.Inf', '+.INF', '.Nan', 'nan'),
    );
    fc.assert(
      fc.property(numberish, (value) => {
        const text = `stats:\n  a: ${value}\n`;
        const doc = parseDocument(text, YAML_OPTIONS);
        const n = (doc.toJS() as { stats: { a: unknown } }).stats.a;
        const unfit = typeof n === 'number' && (!Number.isFinite(n) || (Number.isInteger(n) && !Number.isSafeInteger(n)));
        expect(numbersIn(doc, text).length, value).toBe(unfit ? 1 : 0);
      }),
      { numRuns: 3000 },
    );
  });
});

