import { describe, expect, it } from 'vitest';
import { closest, levenshtein } from '../src/text/suggest.js';

describe('levenshtein (with a swap of neighbours as one slip)', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['title', 'title', 0],
    ['titel', 'title', 1],
    ['kitten', 'sitting', 3],
    ['concluded', 'closed', 5],
    ['审查', '审核', 1],
  ])('%s → %s: %i', (a, b, d) => {
    expect(levenshtein(a, b)).toBe(d);
    expect(levenshtein(b, a)).toBe(d);
  });

  it('gives the same answers after a long word has grown its reused rows, and a short one follows', () => {
    const long = 'x'.repeat(500);
    expect(levenshtein('y', long)).toBe(500);
    expect(levenshtein('titel', 'title')).toBe(1);
    expect(levenshtein(long, `${long}z`)).toBe(1);
  });
});

describe('closest', () => {
  it('suggests the near candidate and nothing when all are far', () => {
    expect(closest('measurs', ['measures', 'plans', 'problems'])).toBe('measures');
    expect(closest('xyz', ['measures', 'plans'])).toBeUndefined();
  });
});
