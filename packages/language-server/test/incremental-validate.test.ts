import { describe, expect, it } from 'vitest';
import { validateReport, type Diagnostic } from '@fazhi/core';
import { ChunkedParser } from '../src/parse/chunked-parse.js';
import { IncrementalValidator } from '../src/validate/incremental-validate.js';
import { bigReport } from './big-report.js';

const TODAY = new Date('2024-03-01');
const key = (d: Diagnostic) => JSON.stringify(d);

describe('IncrementalValidator (unit)', () => {
  it('finds exactly what core finds, version after version', () => {
    const parser = new ChunkedParser();
    const validator = new IncrementalValidator();
    let text = bigReport(300);
    const edits: Array<(t: string) => string> = [
      (t) => t,
      (t) => t.replace('第100项举措', '第100项举措,新增'),
      (t) => t.replace('  - title: 第150项举措', '  - title: 插入的一项,\n    text: 共${study}次\n  - title: 第150项举措'),
      (t) => t.replace('第2项举措', '2.第2项举措'),
      (t) => t.replace('year: 2023', 'year: 2017'),
      (t) => t.replace('  study: 12', '  nothing: 3\n  study: 12'),
      (t) => t.replace('第200项举措', '第200项举措，“十二五”规划'),
    ];
    let seen = 0;
    const checked: number[] = [];
    for (const edit of edits) {
      text = edit(text);
      const parsed = parser.parse(text);
      const expected = validateReport(parsed, { today: TODAY });
      const actual = validator.validate(parsed, { today: TODAY });
      expect(actual.length).toBeGreaterThan(20);
      expect(actual.map(key)).toEqual(expected.map(key));
      seen += actual.length;
      checked.push(validator.checked);
    }
    // Every string at first; after an edit inside one item only the strings around it; all again after the year changed.
    expect(checked[0]).toBeGreaterThan(1000);
    expect(checked[1]).toBeLessThan(200); // the strings of the few items parsed together with the edited one
    expect(checked[4]).toBe(checked[0]! + 2);
    expect(seen).toBeGreaterThan(200);
  });
});
