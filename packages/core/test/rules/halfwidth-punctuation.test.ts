import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { fixTitles, messages, replacing } from './rule-helpers.js';

const PLAN_TEXT = 'text: 系统学习习近平法治思想。'; // line 23, value from column 13
const withText = (text: string) => replacing(VALID, PLAN_TEXT, `text: ${text}`);

describe('halfwidth-punctuation', () => {
  it('marks each half-width mark in Chinese text and fixes it to the full-width form', () => {
    const text = withText('系统学习,提高能力;确保(全面)落实!是否到位?');
    expect(only('halfwidth-punctuation', text)).toEqual([
      { code: 'halfwidth-punctuation', severity: 'warning', at: '23:17-23:18', fixed: text.replace(',', '，') },
      { code: 'halfwidth-punctuation', severity: 'warning', at: '23:22-23:23', fixed: text.replace(';', '；') },
      { code: 'halfwidth-punctuation', severity: 'warning', at: '23:25-23:26', fixed: text.replace('(', '（') },
      { code: 'halfwidth-punctuation', severity: 'warning', at: '23:28-23:29', fixed: text.replace(')', '）') },
      { code: 'halfwidth-punctuation', severity: 'warning', at: '23:31-23:32', fixed: text.replace('!', '！') },
      { code: 'halfwidth-punctuation', severity: 'warning', at: '23:36-23:37', fixed: text.replace('?', '？') },
    ]);
    expect(messages('halfwidth-punctuation', text)[0]).toMatch(/Half-width ",".*"，"/);
    expect(fixTitles('halfwidth-punctuation', text)[0]).toBe('Change to "，"');
  });

  it('applying every fix leaves nothing to report', () => {
    const text = withText('主要目标:系统学习,提高能力');
    const findings = only('halfwidth-punctuation', text);
    expect(findings.map((f) => f.at)).toEqual(['23:17-23:18', '23:22-23:23']);
    expect(only('halfwidth-punctuation', withText('主要目标：系统学习，提高能力'))).toEqual([]);
  });

  it('finds the mark at its source position inside a quoted and a folded value', () => {
    const quoted = replacing(VALID, PLAN_TEXT, 'text: "系统学习\\t习近平法治思想,提高能力"');
    expect(only('halfwidth-punctuation', quoted)).toMatchObject([{ at: '23:27-23:28' }]);
    const folded = replacing(VALID, PLAN_TEXT, 'text: >-\n        系统学习习近平法治思想\n        提高能力,确保落实');
    expect(only('halfwidth-punctuation', folded)).toMatchObject([{ at: '25:13-25:14', fixed: folded.replace(',', '，') }]);
  });

  it('leaves numbers, times, Latin text, URLs and figure references alone', () => {
    const text = withText('全年1,000人，8:30开会。Rule of law (ROL), see https://example.gov.cn/a?b=1 共${n}件');
    expect(only('halfwidth-punctuation', `${text}stats:\n  n: 3\n`)).toEqual([]);
  });

  it('leaves ids and dates alone', () => {
    expect(only('halfwidth-punctuation', VALID)).toEqual([]);
  });
});
