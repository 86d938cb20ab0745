import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { expectMessages, fixOnce, fixTitles, replacing } from './rule-helpers.js';

describe('plan-year', () => {
  it('marks a plan dated to the report year and changes it to the next year', () => {
    const text = replacing(VALID, 'title: 持续学习贯彻习近平法治思想', 'title: 2023年度持续学习贯彻习近平法治思想');
    const fixed = VALID.replace('title: 持续学习贯彻习近平法治思想', 'title: 2024年度持续学习贯彻习近平法治思想');
    expect(only('plan-year', text)).toEqual([{ code: 'plan-year', severity: 'warning', at: '22:14-22:18', fixed }]);
    expect(fixOnce('plan-year', text)).toBe(fixed);
    expectMessages('plan-year', text, [['2023', 'for 2024']]);
    expect(fixTitles('plan-year', text)).toEqual(['Change to 2024']);
  });

  it('marks a sentence opening with another year, and each wrong year once', () => {
    const text = replacing(VALID, 'text: 系统学习习近平法治思想。', 'text: 2023年，系统学习。2025年度计划');
    expect(only('plan-year', text).map((f) => f.at)).toEqual(['23:13-23:17', '23:24-23:28']);
  });

  it('accepts plans for the next year and years that do not date the plan', () => {
    expect(only('plan-year', replacing(VALID, 'title: 持续学习贯彻习近平法治思想', 'title: 2024年度持续学习'))).toEqual([]);
    expect(only('plan-year', replacing(VALID, 'text: 系统学习习近平法治思想。', 'text: 巩固2023年成果，到2025年建成。'))).toEqual([]);
    expect(only('plan-year', `${VALID.replace('plans:\n', 'plans:\n  title: 2024年度主要安排\n')}`)).toEqual([]);
  });
});

describe('title-year', () => {
  it('marks a part heading or report title copied from last year', () => {
    const text = `${VALID}title: 万源市2022年度法治政府建设情况报告\n`;
    expect(only('title-year', text)).toEqual([
      { code: 'title-year', severity: 'warning', at: '27:11-27:15', fixed: text.replace('2022年度', '2023年度') },
    ]);
    const heading = replacing(VALID, 'measures:\n', 'measures:\n  title: 2022年度推进法治政府建设的主要举措和成效\n');
    expect(only('title-year', heading)).toMatchObject([{ at: '10:10-10:14' }]);
    expectMessages('title-year', text, [['2022', 'report year is 2023']]);
  });

  it('leaves item titles and prose that mention other years alone', () => {
    expect(only('title-year', replacing(VALID, 'title: 坚持党的全面领导', 'title: 2022年度整改问题全部销号'))).toEqual([]);
    expect(only('title-year', replacing(VALID, 'text: 调整充实法治政府建设领导小组。', 'text: 2022年度的问题已整改。'))).toEqual([]);
  });
});
