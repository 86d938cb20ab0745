import { describe, expect, it } from 'vitest';
import { VALID, found, only } from '../helpers.js';
import { expectMessages, replacing } from './rule-helpers.js';

// Not a rule file: the indentation finding comes from validateReport, after a syntax error (src/validate/indentation.ts).
describe('indentation', () => {
  it('says a 5-space key among 6-space siblings is indentation, where it belongs, and fixes it (not "missing quote or bracket")', () => {
    const text = replacing(VALID, '      points:', '     points:');
    expect(found(text)).toEqual([{ code: 'indentation', severity: 'error', at: '12:1-12:6', fixed: VALID }]);
    expectMessages('indentation', text, [['indented 5 spaces', '"title" on line 11', '6 spaces']]);
    const zh = found(text, { locale: 'zh' });
    expect(zh).toHaveLength(1);
  });

  it('puts a key one space too deep back on its level, and counts list items apart from keys', () => {
    const deeper = replacing(VALID, '          text: 调整', '           text: 调整');
    expect(found(deeper)).toEqual([{ code: 'indentation', severity: 'error', at: '14:1-14:12', fixed: VALID }]);
    // 9 spaces: the `- ` at 8 is no level for a key, its sibling `title` at 10 is.
    const shallower = replacing(VALID, '          text: 调整', '         text: 调整');
    expect(found(shallower)).toEqual([{ code: 'indentation', severity: 'error', at: '14:1-14:10', fixed: VALID }]);
  });

  it('gives one finding where the parser gives two, a line early', () => {
    const text = replacing(VALID, '  kind: county-city', '   kind: county-city');
    expect(found(text)).toEqual([{ code: 'indentation', severity: 'error', at: '5:1-5:4', fixed: VALID }]);
  });

  it('names both levels, without a fix, when two are equally near', () => {
    const text = replacing(VALID, 'published:', ' published:');
    expect(found(text)).toEqual([{ code: 'indentation', severity: 'error', at: '6:1-6:2' }]);
    expectMessages('indentation', text, [['"jurisdiction" on line 3 (0 spaces)', '"kind" on line 5 (2 spaces)']]);
  });

  it('stays silent on valid YAML, however indented, and on syntax errors that are not indentation', () => {
    expect(only('indentation', VALID)).toEqual([]);
    expect(only('indentation', VALID.replace(/^ {2}/gm, '    '))).toEqual([]);
    expect(only('indentation', 'template: national\nyear: [2023\n')).toEqual([]);
    expect(only('indentation', replacing(VALID, 'intro: 主要负责人认真履行第一责任人职责。', 'intro: |\n    主要负责人\n      认真履行职责。\n   还有一行'))).toEqual([]);
  });
});
