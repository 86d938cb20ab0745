import { describe, expect, it } from 'vitest';
import { VALID, found, only, source } from './helpers.js';

describe('validateReport', () => {
  it('finds nothing in a valid report', () => {
    expect(found(VALID)).toEqual([]);
  });

  it('reports a YAML syntax error where the parser puts it', () => {
    expect(only(['syntax'], 'template: national\nyear: [2023\n')).toMatchObject([{ code: 'syntax', severity: 'error' }]);
  });

  it('reports an empty file once, without crashing', () => {
    expect(found('')).toMatchObject([{ code: 'wrong-type' }]);
    expect(found('# only a comment\n')).toMatchObject([{ code: 'wrong-type' }]);
  });

  it('explains a full-width colon after a key and hides what it caused', () => {
    const text = source`
      template: national
      year：2023
      jurisdiction:
        name: 万源市
    `;
    const all = found(text);
    expect(all.filter((f) => f.code === 'fullwidth-colon')).toMatchObject([
      { at: '2:5-2:6', fixed: text.replace('year：', 'year: ') },
    ]);
    expect(all.filter((f) => f.code === 'syntax')).toEqual([]);
  });
});
