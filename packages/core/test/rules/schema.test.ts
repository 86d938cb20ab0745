import { describe, expect, it } from 'vitest';
import { VALID, found, only } from '../helpers.js';
import { expectMessages, fixOnce, messages, replacing } from './rule-helpers.js';

const SCHEMA_CODES = ['unknown-key', 'missing-key', 'wrong-type', 'bad-enum', 'invalid-value'];

describe('schema rule', () => {
  it('finds nothing in a valid report', () => {
    expect(only(SCHEMA_CODES, VALID)).toEqual([]);
  });

  describe('unknown-key', () => {
    it('marks a misspelt key and offers the key it meant', () => {
      const text = replacing(VALID, 'jurisdiction:', 'jurisdictoin:');
      expect(only(SCHEMA_CODES, text)).toEqual([
        { code: 'unknown-key', severity: 'error', at: '3:1-3:13', fixed: VALID },
      ]);
      expect(fixOnce('unknown-key', text)).toBe(VALID);
      expectMessages('unknown-key', text, [['"jurisdictoin"', 'the file', 'Did you mean "jurisdiction"']]);
    });

    it('names the place of a nested key, and does not also report the key it would supply', () => {
      const text = replacing(VALID, 'title: 强化组织建设', 'titel: 强化组织建设');
      expect(only(SCHEMA_CODES, text)).toEqual([{ code: 'unknown-key', severity: 'error', at: '13:11-13:16', fixed: VALID }]);
      expectMessages('unknown-key', text, [['"titel"', 'measures.items[0].points[0]', 'Did you mean "title"']]);
    });

    it('suggests a key from its Chinese title', () => {
      const text = replacing(VALID, 'published: 2024-03-01', '发布日期: 2024-03-01');
      expect(only('unknown-key', text)).toMatchObject([{ at: '6:1-6:5', fixed: VALID }]);
    });

    it('lists the allowed keys when nothing is close', () => {
      const text = `${VALID}zzzzzz: 1\n`;
      expect(only('unknown-key', text)).toEqual([{ code: 'unknown-key', severity: 'error', at: '27:1-27:7' }]);
      expect(messages('unknown-key', text)[0]).toMatch(/Allowed here: template, year, jurisdiction, /);
    });
  });

  describe('missing-key', () => {
    it('reports a missing nested key on its parent key', () => {
      const text = replacing(VALID, '  name: 万源市\n', '');
      expect(only(SCHEMA_CODES, text)).toEqual([{ code: 'missing-key', severity: 'error', at: '3:1-3:13' }]);
      expectMessages('missing-key', text, [['"name"', 'under jurisdiction']]);
    });

    it('reports a missing top-level key on the first key, not on the whole file', () => {
      const text = replacing(VALID, 'template: national\n', '');
      expect(only(SCHEMA_CODES, text)).toEqual([{ code: 'missing-key', severity: 'error', at: '1:1-1:5' }]);
    });

    it('reports a list item without its title on the item first key', () => {
      const text = replacing(VALID, '    - title: 坚持党的全面领导\n      points:', '    - points:');
      expect(only(SCHEMA_CODES, text)).toEqual([{ code: 'missing-key', severity: 'error', at: '11:7-11:13' }]);
      expectMessages('missing-key', text, [['"title"', 'under measures.items[0]']]);
    });
  });

  describe('wrong-type', () => {
    it('reports a string where a number belongs, on the value', () => {
      const text = replacing(VALID, 'year: 2023', 'year: "2023"');
      expect(only(SCHEMA_CODES, text)).toEqual([{ code: 'wrong-type', severity: 'error', at: '2:7-2:13' }]);
      expectMessages('wrong-type', text, [[/^year .*integer.*string/]]);
    });

    it('reports an empty value on its key', () => {
      const text = replacing(VALID, 'published: 2024-03-01', 'published:');
      expect(only(SCHEMA_CODES, text)).toEqual([{ code: 'wrong-type', severity: 'error', at: '6:1-6:10' }]);
      expect(messages('wrong-type', text)[0]).toMatch(/^published is empty/);
    });

    it('gives one error, not anyOf noise, for a point of the wrong type', () => {
      const text = replacing(VALID, '    - 依法行政认识有待强化', '    - 42');
      expect(only(SCHEMA_CODES, text)).toEqual([{ code: 'wrong-type', severity: 'error', at: '17:7-17:9' }]);
      expectMessages('wrong-type', text, [[/^shortcomings\.points\[0\] .*string or object.*integer/]]);
    });

    it('gives the innermost error for an object point, not "not a string"', () => {
      const text = replacing(VALID, '    - 依法行政认识有待强化', '    - title: 依法行政认识有待强化\n      txet: 认识不足。');
      expect(only(SCHEMA_CODES, text)).toEqual([
        { code: 'unknown-key', severity: 'error', at: '18:7-18:11', fixed: text.replace('txet', 'text') },
      ]);
    });

    it('explains an empty file once', () => {
      expect(found('')).toEqual([{ code: 'wrong-type', severity: 'error', at: '1:1-1:1' }]);
    });
  });

  describe('bad-enum', () => {
    it('lists the allowed values and fixes an evident slip', () => {
      const text = replacing(VALID, 'kind: county-city', 'kind: county_city');
      expect(only(SCHEMA_CODES, text)).toEqual([{ code: 'bad-enum', severity: 'error', at: '5:9-5:20', fixed: VALID }]);
      expectMessages('bad-enum', text, [['"county_city"', 'province, city, county, county-city, district, street-office, township, development-zone, department', 'Did you mean county-city']]);
    });

    it('finds the value from its Chinese title', () => {
      const text = replacing(VALID, 'kind: county-city', 'kind: 街道');
      expect(only('bad-enum', text)).toMatchObject([{ at: '5:9-5:11', fixed: VALID.replace('county-city', 'street-office') }]);
    });

    it('offers no fix when no value is close', () => {
      const text = replacing(VALID, 'kind: county-city', 'kind: qqqqqqqq');
      expect(only('bad-enum', text)).toEqual([{ code: 'bad-enum', severity: 'error', at: '5:9-5:17' }]);
    });
  });

  describe('invalid-value', () => {
    it('reports a date in the wrong form with an example', () => {
      const text = replacing(VALID, 'published: 2024-03-01', 'published: 2024/03/01');
      expect(only(SCHEMA_CODES, text)).toEqual([{ code: 'invalid-value', severity: 'error', at: '6:12-6:22' }]);
      expectMessages('invalid-value', text, [['published', /e\.g\. "\d{4}-\d{2}-\d{2}"/]]);
    });

    it('says the expected form by example in both languages, never by the schema pattern', () => {
      const text = replacing(replacing(VALID, 'published: 2024-03-01', 'published: 2024/03/01'), 'template: national', 'template: National');
      const all = [...messages('invalid-value', text), ...messages('invalid-value', text, { locale: 'zh' })];
      expect(all).toHaveLength(4);
      for (const message of all) expect(message).not.toMatch(/\^|\\d|\$\W|\[a-z/);
      expectMessages('invalid-value', text, [['template', '"national"'], ['published']]);
    });

    it('reports a year out of range', () => {
      const text = replacing(VALID, 'year: 2023', 'year: 1999');
      expect(only(SCHEMA_CODES, text)).toEqual([{ code: 'invalid-value', severity: 'error', at: '2:7-2:11' }]);
      expectMessages('invalid-value', text, [[/^year .*2000/]]);
    });

    it('reports a figure name that a reference could not spell, on the name', () => {
      const text = `${VALID}stats:\n  1abc: 3\n  ok: 4\n`;
      expect(only(SCHEMA_CODES, text)).toEqual([{ code: 'invalid-value', severity: 'error', at: '28:3-28:7' }]);
    });
  });
});
