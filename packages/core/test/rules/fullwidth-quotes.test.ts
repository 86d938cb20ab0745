import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { fixOnce, messages, replacing } from './rule-helpers.js';

describe('fullwidth-quotes', () => {
  it('marks a value wrapped in full-width double quotes and turns them into YAML quotes', () => {
    const text = replacing(VALID, '- 依法行政认识有待强化', '- “依法行政认识有待强化”');
    const fixed = VALID.replace('- 依法行政认识有待强化', '- "依法行政认识有待强化"');
    expect(only('fullwidth-quotes', text)).toEqual([{ code: 'fullwidth-quotes', severity: 'warning', at: '17:7-17:19', fixed }]);
    expect(fixOnce('fullwidth-quotes', text)).toBe(fixed);
    expect(messages('fullwidth-quotes', text)[0]).toMatch(/full-width quotes/);
  });

  it('also catches single full-width quotes', () => {
    const text = replacing(VALID, 'title: 强化组织建设', 'title: ‘强化组织建设’');
    expect(only('fullwidth-quotes', text)).toMatchObject([{ at: '13:18-13:26', fixed: VALID.replace('title: 强化组织建设', 'title: "强化组织建设"') }]);
  });

  it('leaves quotations inside prose alone', () => {
    const quoted = replacing(VALID, 'text: 系统学习习近平法治思想。', 'text: “八五”普法和“谁执法谁普法”');
    const halfway = replacing(VALID, 'text: 系统学习习近平法治思想。', 'text: “八五”普法启动');
    const yamlQuoted = replacing(VALID, 'text: 系统学习习近平法治思想。', 'text: "“八五”普法"');
    expect(only('fullwidth-quotes', quoted)).toEqual([]);
    expect(only('fullwidth-quotes', halfway)).toEqual([]);
    expect(only('fullwidth-quotes', yamlQuoted)).toEqual([]);
  });
});
