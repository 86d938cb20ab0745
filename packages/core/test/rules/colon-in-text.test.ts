import { describe, expect, it } from 'vitest';
import { VALID, found, only } from '../helpers.js';
import { expectMessages, fixOnce, replacing } from './rule-helpers.js';

describe('colon-in-text', () => {
  it('marks a half-width colon in prose after a key, fixes it to a full-width one (not "missing colon above")', () => {
    const text = replacing(VALID, 'intro: 主要负责人认真履行第一责任人职责。', 'intro: 主要负责人: 县政府认真履行第一责任人职责。');
    const fixed = replacing(VALID, 'intro: 主要负责人认真履行第一责任人职责。', 'intro: 主要负责人：县政府认真履行第一责任人职责。');
    expect(found(text)).toEqual([{ code: 'colon-in-text', severity: 'error', at: '19:15-19:16', fixed }]);
    expect(fixOnce('colon-in-text', text)).toBe(fixed);
    expectMessages('colon-in-text', text, [['full-width colon "："', 'on this line']]);
  });

  it('marks a list item YAML read as a one-key mapping with a Chinese key, instead of unknown and missing keys', () => {
    const text = replacing(VALID, '- 依法行政认识有待强化', '- 依法行政: 认识有待强化');
    const fixed = replacing(VALID, '- 依法行政认识有待强化', '- 依法行政：认识有待强化');
    expect(found(text)).toEqual([{ code: 'colon-in-text', severity: 'error', at: '17:11-17:12', fixed }]);
  });

  it('leaves times, URLs, quoted values, block text, Chinese figure names under stats and a valid file alone', () => {
    expect(only('colon-in-text', VALID)).toEqual([]);
    expect(only('colon-in-text', replacing(VALID, 'text: 调整充实', 'text: 见 http://x.gov.cn 于 9:30 调整充实'))).toEqual([]);
    expect(only('colon-in-text', replacing(VALID, 'intro: 主要负责人认真履行第一责任人职责。', 'intro: "主要负责人: 县政府"'))).toEqual([]);
    expect(only('colon-in-text', replacing(VALID, 'intro: 主要负责人认真履行第一责任人职责。', 'intro: |\n    主要负责人: 县政府'))).toEqual([]);
    expect(only('colon-in-text', `${VALID}stats:\n  办结案件: 43\n`)).toEqual([]);
  });
});
