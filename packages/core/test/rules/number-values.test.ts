import { describe, expect, it } from 'vitest';
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
});
