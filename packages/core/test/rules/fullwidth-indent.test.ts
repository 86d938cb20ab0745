import { describe, expect, it } from 'vitest';
import { VALID, found, only } from '../helpers.js';
import { fixOnce, messages, replacing } from './rule-helpers.js';

describe('fullwidth-indent', () => {
  it('marks a full-width space used as indentation and replaces it with two spaces', () => {
    const text = replacing(VALID, '  name: 万源市', '　name: 万源市');
    expect(only('fullwidth-indent', text)).toEqual([{ code: 'fullwidth-indent', severity: 'error', at: '4:1-4:2', fixed: VALID }]);
    expect(fixOnce('fullwidth-indent', text)).toBe(VALID);
    expect(messages('fullwidth-indent', text)[0]).toMatch(/full-width spaces \(U\+3000\)/);
  });

  it('covers mixed indentation, and reports nothing the slip caused', () => {
    const text = replacing(VALID, '          text: 调整', '  　　　　text: 调整');
    expect(found(text)).toEqual([{ code: 'fullwidth-indent', severity: 'error', at: '14:1-14:7', fixed: VALID }]);
  });

  it('leaves full-width spaces inside a line and inside block scalars alone', () => {
    const inLine = replacing(VALID, 'text: 系统学习习近平法治思想。', 'text: 系统学习　习近平法治思想。');
    const inBlock = replacing(VALID, 'intro: 主要负责人认真履行第一责任人职责。', 'intro: |\n    主要负责人认真履行第一责任人职责。\n    　　全年召开会议。');
    expect(only('fullwidth-indent', inLine)).toEqual([]);
    expect(only('fullwidth-indent', inBlock)).toEqual([]);
    const continued = replacing(VALID, 'text: 调整充实法治政府建设领导小组。', 'text: 调整充实法治政府建设领导小组。\n            　　印发工作要点。');
    expect(found(continued)).toEqual([]);
  });
});
