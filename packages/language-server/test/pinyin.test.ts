import { describe, expect, it } from 'vitest';
import { matchesQuery, pinyinInitials } from '../src/pinyin.js';

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

  it('a query finds by id, by any part of the label, or by the initials', () => {
    expect(matchesQuery('决策', 'major_decisions', '重大决策事项')).toBe(true);
    expect(matchesQuery('zdjc', 'major_decisions', '重大决策事项')).toBe(true);
    expect(matchesQuery('DECI', 'major_decisions', '')).toBe(true);
    expect(matchesQuery('复议', 'major_decisions', '重大决策事项')).toBe(false);
    expect(matchesQuery('', 'x')).toBe(true);
  });
});
