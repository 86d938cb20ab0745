import { describe, expect, it } from 'vitest';
import { ALL_RULES, validateReport, type Diagnostic } from '@fazhi/core';
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

describe('IncrementalValidator: every rule alone, against core, with last year’s report', () => {
  // Last year's report: the same shape, with a plan and a paragraph this year's edits take up or copy.
  const lastYear = [
    'template: national',
    'year: 2022',
    'jurisdiction:\n  name: 示例县\n  kind: county',
    'measures:\n  intro: 去年独有的一段很长的文字，讲的是在全县范围内推行行政执法公示制度和重大执法决定法制审核制度的做法。',
    'plans:\n  points:\n    - 深化行政复议体制改革\n    - 建设智慧执法监督平台',
    'stats:\n  study: 10',
    '',
  ].join('\n');
  const previous = { report: { source: 'last-year.yaml', parsed: new ChunkedParser().parse(lastYear), locatable: true } };
  const edits: Array<(t: string) => string> = [
    (t) => t,
    // Copies last year's paragraph into one string: only that string is fresh, the share changes report-wide.
    (t) => t.replace('  - title: 第200项举措\n    text: ', '  - title: 第200项举措\n    text: 去年独有的一段很长的文字，讲的是在全县范围内推行行政执法公示制度和重大执法决定法制审核制度的做法。'),
    // Answers last year's plan in one measure: the plan finding (at the measures key, in no string) goes away.
    (t) => t.replace('第120项举措', '第120项举措：深化行政复议体制改革'),
    (t) => t.replace('第280项举措', '第280项举措（续）'),
    (t) => t.replace('  study: 12', '  study: 1200'),
    (t) => t.replace('year: 2023', 'year: 2024'),
  ];

  it.each(ALL_RULES.map((rule) => [rule.codes.join('/'), rule] as const))('%s', (_, rule) => {
    const parser = new ChunkedParser();
    const validator = new IncrementalValidator();
    let text = bigReport(300);
    for (const edit of edits) {
      text = edit(text);
      const parsed = parser.parse(text);
      const options = { today: TODAY, rules: [rule], previous };
      expect(validator.validate(parsed, options).map(key)).toEqual(validateReport(parsed, options).map(key));
    }
  });

  it('the year-over-year findings change with edits far from where they are reported', () => {
    const parser = new ChunkedParser();
    const validator = new IncrementalValidator();
    const codes = (t: string) => validator.validate(parser.parse(t), { today: TODAY, previous }).map((d) => d.code).filter((c) => c.startsWith('plan-') || c.startsWith('recycled'));
    let text = bigReport(300);
    expect(codes(text)).toEqual(['plan-not-followed', 'plan-not-followed']);
    text = text.replace('第120项举措', '第120项举措：深化行政复议体制改革');
    expect(codes(text)).toEqual(['plan-not-followed']);
    text = text.replace('  intro: 总体情况', '  intro: 去年独有的一段很长的文字，讲的是在全县范围内推行行政执法公示制度和重大执法决定法制审核制度的做法。');
    expect(codes(text).sort()).toEqual(['plan-not-followed', 'recycled-share', 'recycled-text']);
  });
});
