import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { VALID, found, only, source } from '../helpers.js';

// Not a rule file: syntax problems come from parseReport and are returned by validateReport with the rest.
describe('YAML syntax errors (syntax, duplicate-key, alias-limit)', () => {
  it('reports an unclosed flow sequence where the parser gives up, at the end of the text', () => {
    expect(only('syntax', 'template: national\nyear: [2023\n')).toEqual([{ code: 'syntax', severity: 'error', at: '3:1-3:1' }]);
  });

  it('reports a key indented under a scalar as indentation, not as the two syntax errors the parser gives', () => {
    const text = source`
      template: national
        year: 2023
    `;
    expect(only(['syntax', 'indentation'], text)).toEqual([{ code: 'indentation', severity: 'error', at: '2:1-2:3', fixed: 'template: national\nyear: 2023\n' }]);
  });

  it('reports an unclosed quote', () => {
    expect(only('syntax', 'template: "national\nyear: 2023\n')).toMatchObject([{ severity: 'error', at: '3:1-3:1' }]);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const text = VALID.replace('year: 2023\n', 'year: 2023\nyear: 2024\n');
    expect(only('duplicate-key', text)).toEqual([{ code: 'duplicate-key', severity: 'error', at: '3:1-3:2' }]);
  });

  it('refuses aliases that expand past the limit, without hanging', () => {
    const text = source`
      a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
      d: [*c, *c, *c]
    `;
    // Marked at the first alias: where the fix (writing the content out) starts.
    expect(only('alias-limit', text)).toEqual([{ code: 'alias-limit', severity: 'error', at: '2:8-2:10' }]);
  });

  it('says what is wrong in Chinese by default and in English on request', () => {
    const zh = parseReport('template: national\n  year: 2023\n').problems.map((p) => p.message);
    const en = parseReport('template: national\n  year: 2023\n', { locale: 'en' }).problems.map((p) => p.message);
    expect(zh[0]).toMatch(/^YAML 语法错误：.*冒号/);
    expect(en[0]).toMatch(/^YAML syntax: /);
  });

  it('stays silent on a valid file, and schema rules stay silent after a syntax error', () => {
    expect(only(['syntax', 'duplicate-key', 'alias-limit'], VALID)).toEqual([]);
    const broken = VALID.replace('kind: county-city', 'kind: [county-city');
    expect(only('syntax', broken).length).toBeGreaterThan(0);
    expect(found(broken).filter((f) => ['unknown-key', 'missing-key', 'wrong-type', 'bad-enum'].includes(f.code))).toEqual([]);
  });
});
