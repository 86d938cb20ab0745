import { describe, expect, it } from 'vitest';
import { VALID, found, only } from '../helpers.js';
import { expectMessages, fixOnce, replacing } from './rule-helpers.js';

describe('tab-indent', () => {
  it('marks the tab, says how many spaces the line needs, and fixes it', () => {
    const text = replacing(VALID, '  name: 万源市', '\tname: 万源市');
    expect(found(text)).toEqual([{ code: 'tab-indent', severity: 'error', at: '4:1-4:2', fixed: VALID }]);
    expect(fixOnce('tab-indent', text)).toBe(VALID);
    expectMessages('tab-indent', text, [['tab', '2 spaces']]);
  });

  it('gives one finding per tab line and none of the parser follow-ons (duplicate keys, keys across lines)', () => {
    // yaml alone: a tab error, then "jurisdiction" read as null and name/kind as top-level keys, then duplicate kind.
    const text = replacing(VALID, '  name: 万源市\n  kind: county-city', '  name: 万源市\n  \tkind: county-city');
    expect(found(text)).toEqual([{ code: 'tab-indent', severity: 'error', at: '5:1-5:4', fixed: VALID }]);
    const both = replacing(VALID, '  name: 万源市\n  kind: county-city', '\tname: 万源市\n\tkind: county-city');
    expect(found(both).map((f) => [f.code, f.at])).toEqual([
      ['tab-indent', '4:1-4:2'],
      ['tab-indent', '5:1-5:2'],
    ]);
  });

  it('puts the line on the nearest level when a tab makes it fit none', () => {
    // Five tabs and a space: eleven columns, where the sibling title is at ten.
    const text = replacing(VALID, '          text: 调整', '\t\t\t\t\t text: 调整');
    expect(only('tab-indent', text)).toEqual([{ code: 'tab-indent', severity: 'error', at: '14:1-14:7', fixed: VALID }]);
  });

  it('offers no fix, and names the levels, when two are equally near; nothing else is reported on that line', () => {
    const text = replacing(VALID, '      points:', '\t  points:');
    expect(found(text).filter((f) => f.at.startsWith('12:'))).toEqual([{ code: 'tab-indent', severity: 'error', at: '12:1-12:4' }]);
    expectMessages('tab-indent', text, [['2 or 6 spaces']]);
  });

  it('leaves tabs inside text alone, and a valid file', () => {
    expect(only('tab-indent', VALID)).toEqual([]);
    expect(only('tab-indent', replacing(VALID, 'intro: 主要负责人认真履行第一责任人职责。', 'intro: |\n    主要负责人\n    \t认真履行职责。'))).toEqual([]);
    expect(only('tab-indent', replacing(VALID, 'year: 2023', 'year:\t2023'))).toEqual([]);
  });
});
