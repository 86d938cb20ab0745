import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { expectMessages, messages, replacing } from './rule-helpers.js';

const withText = (text: string) => replacing(VALID, 'text: 系统学习习近平法治思想。', `text: ${text}`);

describe('unbalanced-pair', () => {
  it('marks an opener that is never closed, without a fix (where it closes is a guess)', () => {
    const text = withText('印发《实施方案（试行）和“八五”普法（规划');
    expect(only('unbalanced-pair', text)).toEqual([
      { code: 'unbalanced-pair', severity: 'warning', at: '23:15-23:16' },
      { code: 'unbalanced-pair', severity: 'warning', at: '23:31-23:32' },
    ]);
    expectMessages('unbalanced-pair', text, [[/"《" is never closed by "》"/], [/"（" is never closed by "）"/]]);
  });

  it('marks a closer with no opener before it', () => {
    const text = withText('落实》规定）等');
    expect(only('unbalanced-pair', text)).toEqual([
      { code: 'unbalanced-pair', severity: 'warning', at: '23:15-23:16' },
      { code: 'unbalanced-pair', severity: 'warning', at: '23:18-23:19' },
    ]);
    expect(messages('unbalanced-pair', text)[0]).toMatch(/"》" has no matching "《"/);
  });

  it('marks crossed pairs', () => {
    expect(only('unbalanced-pair', withText('《规定（试行》）')).map((f) => f.at)).toEqual(['23:13-23:14', '23:19-23:20']);
  });

  it('accepts balanced and nested pairs, and a half-width mate of a full-width parenthesis', () => {
    expect(only('unbalanced-pair', withText('《法治政府建设实施纲要（2021－2025年）》和“谁执法谁普法”【试点】‘一’'))).toEqual([]);
    expect(only('unbalanced-pair', withText('印发方案（试行)'))).toEqual([]);
    expect(only('unbalanced-pair', VALID)).toEqual([]);
  });

  it('checks each value on its own: a pair split across two values is two problems', () => {
    const text = replacing(withText('印发《实施方案'), 'title: 持续学习贯彻习近平法治思想', 'title: 试行》持续学习');
    expect(only('unbalanced-pair', text).map((f) => f.at)).toEqual(['22:16-22:17', '23:15-23:16']);
  });
});
