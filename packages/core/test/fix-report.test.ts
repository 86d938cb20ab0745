import { describe, expect, it } from 'vitest';
import { fixReport } from '../src/index.js';
import { catalog, VALID } from './helpers.js';
import { replacing } from './rules/rule-helpers.js';

const fix = (text: string) => fixReport(text, { templates: catalog, today: new Date('2024-06-01'), locale: 'en' });

describe('fixReport', () => {
  it('applies every fix at once: a full-width colon, a misspelt key, a misspelt enum value', () => {
    let text = replacing(VALID, 'year: 2023', 'year：2023');
    text = replacing(text, 'jurisdiction:', 'jurisdictoin:');
    text = replacing(text, 'kind: county-city', 'kind: county-citi');
    const result = fix(text);
    expect(result.text).toBe(VALID);
    expect(result.applied.map((a) => [a.code, a.line + 1, a.character + 1])).toEqual([
      ['fullwidth-colon', 2, 5],
      ['unknown-key', 3, 1],
      ['bad-enum', 5, 9],
    ]);
    expect(result.applied[1]?.title).toBe('Change to "jurisdiction"');
  });

  it('repairs a fix that another hid, in a second round', () => {
    // The full-width colon makes `jurisdictoin：` plain text; only once it is a key can its spelling be fixed.
    const text = replacing(VALID, 'jurisdiction:', 'jurisdictoin：');
    expect(fix(text).text).toBe(VALID);
  });

  it('leaves a report without fixable problems as it is', () => {
    const text = replacing(VALID, 'name: 万源市', 'name: 【待填写】');
    expect(fix(text)).toEqual({ text, applied: [] });
  });
});
