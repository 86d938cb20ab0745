import { describe, expect, it } from 'vitest';
import { VALID, found, only, source } from '../helpers.js';
import { expectMessages, fixOnce, replacing } from './rule-helpers.js';

describe('fullwidth-colon', () => {
  it('marks the full-width colon after a top-level key and restores the key', () => {
    const text = replacing(VALID, 'year: 2023', 'year：2023');
    expect(only('fullwidth-colon', text)).toEqual([{ code: 'fullwidth-colon', severity: 'error', at: '2:5-2:6', fixed: VALID }]);
    expect(fixOnce('fullwidth-colon', text)).toBe(VALID);
    expectMessages('fullwidth-colon', text, [['"year"', 'full-width colon', '": "']]);
  });

  it('catches a list item key and swallows the spaces the input method typed after it', () => {
    const text = replacing(VALID, '    - title: 坚持党的全面领导', '    - title：　坚持党的全面领导');
    expect(only('fullwidth-colon', text)).toEqual([{ code: 'fullwidth-colon', severity: 'error', at: '11:12-11:13', fixed: VALID }]);
  });

  it('hides the noise the slip causes: no syntax, schema or missing-part findings', () => {
    const text = replacing(VALID, 'measures:\n  items:', 'measures：\n  items:');
    expect(found(text)).toEqual([{ code: 'fullwidth-colon', severity: 'error', at: '9:9-9:10', fixed: VALID }]);
  });

  it('leaves a full-width colon inside prose alone', () => {
    const text = replacing(VALID, 'text: 系统学习习近平法治思想。', 'text: 主要目标：系统学习习近平法治思想。');
    expect(only('fullwidth-colon', text)).toEqual([]);
  });

  it('leaves a block scalar alone, even where a line looks like a key', () => {
    const text = replacing(VALID, 'intro: 主要负责人认真履行第一责任人职责。', 'intro: |\n    note：主要负责人认真履行第一责任人职责。');
    expect(only('fullwidth-colon', text)).toEqual([]);
  });

  it('leaves a plain or quoted value continued on the next line alone, where a line looks like a key', () => {
    const plain = replacing(VALID, 'text: 调整充实法治政府建设领导小组。', 'text: 推广政府和社会资本合作\n            PPP：模式，成效明显。');
    const quoted = replacing(VALID, 'text: 调整充实法治政府建设领导小组。', 'text: "推广政府和社会资本合作\n            PPP：模式"');
    expect(found(plain)).toEqual([]);
    expect(found(quoted)).toEqual([]);
  });

  it('leaves comments alone', () => {
    const text = source`
      # 说明：本文件是示例
      ${'template: national'}
    `;
    expect(only('fullwidth-colon', text)).toEqual([]);
  });
});
