import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { expectMessages, messages, replacing } from './rule-helpers.js';

describe('placeholder', () => {
  it('marks each placeholder, without a fix (only the writer knows the text)', () => {
    const text = replacing(VALID, 'text: 系统学习习近平法治思想。', 'text: 全年办理【待填写】件，TODO 核实，（待填写），×××处');
    expect(only('placeholder', text)).toEqual([
      { code: 'placeholder', severity: 'warning', at: '23:17-23:22' },
      { code: 'placeholder', severity: 'warning', at: '23:24-23:28' },
      { code: 'placeholder', severity: 'warning', at: '23:32-23:37' },
      { code: 'placeholder', severity: 'warning', at: '23:38-23:41' },
    ]);
    expect(messages('placeholder', text)[0]).toMatch(/Fill this in.*【待填写】/);
  });

  it('marks what fazhi new writes, with its hint', () => {
    const text = replacing(VALID, 'name: 万源市', 'name: 【待填写：单位全称】');
    expect(only('placeholder', text)).toEqual([{ code: 'placeholder', severity: 'warning', at: '4:9-4:19' }]);
  });

  it('leaves brackets and single ×, and statistics, alone', () => {
    expect(only('placeholder', replacing(VALID, 'text: 系统学习习近平法治思想。', 'text: 开展【法治讲堂】活动，面积3×4米'))).toEqual([]);
    expect(only('placeholder', `${VALID}stats:\n  todo_note: TODO\n`)).toEqual([]);
  });
});

describe('unplaced-text', () => {
  it('marks the unplaced key with the number of passages left', () => {
    const text = `${VALID}unplaced:\n  - 一段文字\n  - 另一段\n`;
    expect(only('unplaced-text', text)).toEqual([{ code: 'unplaced-text', severity: 'warning', at: '27:1-27:9' }]);
    expectMessages('unplaced-text', text, [[/^2 imported passages/, 'unplaced']]);
  });

  it('is silent when nothing is left', () => {
    expect(only('unplaced-text', `${VALID}unplaced: []\n`)).toEqual([]);
  });
});
