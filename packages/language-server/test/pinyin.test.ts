import { describe, expect, it } from 'vitest';
import { INITIALS, INITIALS_FROM } from '../src/pinyin-initials.js';
import { initialByCollation, matchesQuery, pinyinInitials } from '../src/pinyin.js';

describe('pinyin initials', () => {
  it.each([
    ['重大决策', 'zdjc'],
    ['行政复议', 'xzfy'],
    ['规范性文件', 'gfxwj'],
    ['海安高新区格式', 'hagxqgs'],
    ['全国通用格式', 'qgtygs'],
    ['12345热线', '12345rx'],
    ['“三重一大”事项', 'szydsx'],
  ])('%s → %s', (text, initials) => {
    expect(pinyinInitials(text)).toBe(initials);
  });

  it('the table of initials (U+4E00–U+9FFF) says what the pinyin collation says, character by character', () => {
    // When it fails, this Node's ICU sorts differently: node scripts/generate-pinyin-initials.mjs (after a build).
    expect(INITIALS).toHaveLength(0x9fff - INITIALS_FROM + 1);
    const differing: string[] = [];
    for (let i = 0; i < INITIALS.length; i++) {
      const char = String.fromCharCode(INITIALS_FROM + i);
      if ((initialByCollation(char) || '-') !== INITIALS[i]) differing.push(char);
    }
    expect(differing).toEqual([]);
  });

  it('characters beyond the table still get their initial from the collation', () => {
    expect(pinyinInitials('㐀')).toBe(initialByCollation('㐀')); // U+3400, extension A
    expect(pinyinInitials('𠀀')).toBe(initialByCollation('𠀀')); // U+20000, extension B
    expect(initialByCollation('䶮')).toBe('y'); // U+4DAE, yan (the name of a Southern Han emperor)
  });

  it('a query finds by id, by any part of the label, or by the initials', () => {
    expect(matchesQuery('决策', 'major_decisions', '重大决策事项')).toBe(true);
    expect(matchesQuery('zdjc', 'major_decisions', '重大决策事项')).toBe(true);
    expect(matchesQuery('DECI', 'major_decisions', '')).toBe(true);
    expect(matchesQuery('复议', 'major_decisions', '重大决策事项')).toBe(false);
    expect(matchesQuery('', 'x')).toBe(true);
  });
});
