import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { expectMessages, replacing } from './rule-helpers.js';

const withText = (text: string, year = 2023) =>
  replacing(VALID, 'text: 系统学习习近平法治思想。', `text: ${text}`).replace('year: 2023', `year: ${year}`);

describe('stale-name', () => {
  it('marks a 普法 plan, a five-year plan and an outline that are out of date, without a fix', () => {
    const text = withText('深入开展“七五”普法，落实十三五规划，对照法治政府建设实施纲要（2015-2020年）');
    expect(only('stale-name', text)).toEqual([
      { code: 'stale-name', severity: 'warning', at: '23:17-23:21' },
      { code: 'stale-name', severity: 'warning', at: '23:26-23:29' },
      { code: 'stale-name', severity: 'warning', at: '23:34-23:56' },
    ]);
    expectMessages('stale-name', text, [
      ['“七五”普法', '2016–2020', '“八五”普法'],
      ['“十三五”规划', '2016–2020', '“十四五”规划'],
      ['2015–2020', '《法治政府建设实施纲要（2021－2025年）》'],
    ]);
  });

  it('accepts the current names, and the year before and after a period', () => {
    expect(only('stale-name', withText('“八五”普法、“十四五”规划和《法治政府建设实施纲要（2021－2025年）》'))).toEqual([]);
    expect(only('stale-name', withText('“七五”普法总结验收', 2021))).toEqual([]);
    expect(only('stale-name', withText('谋划“九五”普法', 2025))).toEqual([]);
  });

  it('knows which names are current in a later year', () => {
    expectMessages('stale-name', withText('“八五”普法', 2027), [['“八五”普法', '2021–2025', '2027', '“九五”普法']]);
    expect(only('stale-name', withText('十四五时期', 2027))).toMatchObject([{ at: '23:13-23:16' }]);
  });

  it('leaves 五 in other words alone', () => {
    expect(only('stale-name', withText('五年来，开展五五活动'))).toEqual([]);
  });
});
