import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareYears, parseReport } from '../../src/index.js';
import { repoRoot } from '../helpers.js';
import { checkAgainstLastYear, fixture, plant } from './year-pairs.js';

const YOY = ['previous-missing', 'recycled-text', 'recycled-share', 'plan-not-followed', 'figure-jump', 'prose-year'];

/** Three jurisdictions, each a pair of years we wrote; `planted` puts in the four problems a copied file has. */
const PAIRS = [
  {
    name: 'wanyuan-2023.yaml',
    lastYear: 'wanyuan-2022.yaml',
    recycled: ['text: 市司法局全年审查各类合同和协议，提出修改意见并跟踪落实，未发生因合同瑕疵引发的诉讼。', '市司法局全年审查各类合同和协议'],
    unanswered: '完成行政规范性文件集中清理',
    figure: ['legal_aid_cases: 447', 'legal_aid_cases: 3900', 'legal_aid_cases'],
    year: ['2023年，万源市以提升', '2024年，万源市以提升'],
    planted(text: string) {
      let t = plant(text, 'text: 抽查乡镇执法案卷一百二十卷，对证据收集不全的案卷逐件反馈整改意见。', 'text: 市司法局全年审查各类合同和协议，提出修改意见并跟踪落实，未发生因合同瑕疵引发的诉讼。');
      t = plant(t, '    - title: 规范性文件清理全面完成\n      points:\n        - title: 集中清理\n          text: 完成现行有效行政规范性文件集中清理，废止失效文件十一件，清理结果已在政府网站公布。\n', '');
      return t;
    },
  },
  {
    name: 'haian-2023.yaml',
    lastYear: 'haian-2022.yaml',
    recycled: ['', '涉企审批事项实行一窗受理'],
    unanswered: '建立企业合规指导中心',
    figure: ['disputes_mediated: 118', 'disputes_mediated: 1300', 'disputes_mediated'],
    year: ['2023年，高新区把减少', '2022年，高新区把减少'],
    planted(text: string) {
      let t = plant(text, '        - 服务专员走访企业${enterprise_visits}家，收集意见当场交办。\n', '        - 服务专员走访企业${enterprise_visits}家，收集意见当场交办。\n        - 涉企审批事项实行一窗受理，平均办理时限压缩到两个工作日以内。\n');
      t = plant(t, '    - title: 企业合规指导中心投入运行\n      points:\n        - 合规指导中心为园区四十余家中小企业开展合规体检，出具法律风险提示书。\n', '    - title: 纠纷调处\n      points:\n');
      return t;
    },
  },
  {
    name: 'tanggu-2024.yaml',
    lastYear: 'tanggu-2023.yaml',
    recycled: ['', '街道把法律明白人编入社区网格'],
    unanswered: '建设社区法律服务驿站',
    figure: ['binhai_services: 2725', 'binhai_services: 240', 'binhai_services'],
    year: ['2024年，塘沽街道把物业', '2025年，塘沽街道把物业'],
    planted(text: string) {
      let t = plant(text, '        - 每个社区的法律服务驿站均已建成，律师按排班表驻点，为居民提供法律咨询。\n', '        - 街道把法律明白人编入社区网格，每个网格至少配备两名，全年开展入户普法宣传六轮。\n');
      t = plant(t, 'title: 社区法律服务驿站遍布街道', 'title: 网格治理');
      t = plant(t, 'intro: 街道主要负责同志每月到一个驿站现场接待居民，督办物业纠纷调处进度。', 'intro: 街道主要负责同志每月到一个社区现场接待居民，督办物业纠纷调处进度。');
      t = plant(t, '驿站律师的服务时间', '社区律师的服务时间');
      return t;
    },
  },
];

describe('year over year: three jurisdictions, an honest pair and a planted one each', () => {
  it.each(PAIRS.map((p) => [p.name, p] as const))('%s: last year is found, and the honest pair has no finding at all', async (name, pair) => {
    const { lookup, diagnostics } = await checkAgainstLastYear(name, fixture(name));
    expect(lookup.report?.source).toMatch(new RegExp(`${pair.lastYear}$`));
    expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it.each(PAIRS.map((p) => [p.name, p] as const))('%s: every planted problem is found, with last year’s place', async (name, pair) => {
    let text = plant(pair.planted(fixture(name)), pair.figure[0] as string, pair.figure[1] as string);
    text = plant(text, pair.year[0] as string, pair.year[1] as string);
    const { diagnostics } = await checkAgainstLastYear(name, text);
    const at = (d: { range: { start: number; end: number } }) => text.slice(d.range.start, d.range.end);
    const yoy = diagnostics.filter((d) => YOY.includes(d.code));
    expect(yoy.map((d) => d.code).sort()).toEqual(['figure-jump', 'plan-not-followed', 'prose-year', 'recycled-share', 'recycled-text']);

    const recycled = yoy.find((d) => d.code === 'recycled-text')!;
    expect(at(recycled)).toContain(pair.recycled[1]);
    expect(recycled.related?.[0]?.source).toMatch(new RegExp(`${pair.lastYear}$`));
    const lastYear = fixture(pair.lastYear);
    expect(lastYear.slice(recycled.related![0]!.range.start, recycled.related![0]!.range.end)).toContain(pair.recycled[1]);

    const plan = yoy.find((d) => d.code === 'plan-not-followed')!;
    expect(plan.message).toContain(pair.unanswered);
    expect(lastYear.slice(plan.related![0]!.range.start, plan.related![0]!.range.end)).toBe(pair.unanswered);

    const jump = yoy.find((d) => d.code === 'figure-jump')!;
    expect(at(jump)).toBe(pair.figure[1]!.split(': ')[1]);
    expect(lastYear.slice(jump.related![0]!.range.start, jump.related![0]!.range.end)).toMatch(/^\d+$/);

    expect(at(yoy.find((d) => d.code === 'prose-year')!)).toBe(pair.year[1]!.slice(0, 4));
    expect(yoy.find((d) => d.code === 'recycled-share')!.message).toMatch(/\d+%/);
  });
});

describe('recycled text: set phrases every report has are not a copy', () => {
  // The five real published reports (examples/) share the genre's stock phrases (习近平法治思想, 法治政府建设,
  // 行政执法三项制度 …) but no one copied another: taken as each other's last year, nothing is recycled. A measure
  // that counted phrases found anywhere too loosely would flag these first.
  it('none of the real reports of different jurisdictions is recycled from another', () => {
    const dir = join(repoRoot, 'examples');
    const reports = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ source: f, parsed: parseReport(readFileSync(join(dir, f), 'utf8'), { source: f }), locatable: true }));
    expect(reports.length).toBeGreaterThanOrEqual(5);
    for (const current of reports) {
      for (const previous of reports) {
        if (current === previous) continue;
        const { recycled } = compareYears(current.parsed, current.source, previous);
        expect(recycled.passages.map((p) => p.current.text), `${previous.source} → ${current.source}`).toEqual([]);
      }
    }
  });
});
