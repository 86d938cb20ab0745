import { describe, expect, it } from 'vitest';
import { isChrome } from '../../src/import/chrome.js';
import { dateLine, partOf } from '../../src/import/headings.js';
import { kindOf, nameFromPreamble, superiorFrom, titleFacts } from '../../src/import/jurisdiction.js';
import { importReport } from '../../src/index.js';
import { catalog } from '../helpers.js';
import { normaliseText } from '../../src/import/normalise.js';
import { splitPoints, toPoint } from '../../src/import/points.js';

describe('the importer\'s structure rules', () => {
  it('names the part a heading means, whatever its wording', () => {
    const cases: Array<[string, string | undefined]> = [
      ['2023年度推进法治政府建设的主要举措和成效', 'measures'],
      ['工作开展情况', 'measures'],
      ['推进法治政府建设存在的不足和原因', 'shortcomings'],
      ['存在的问题和原因', 'shortcomings'],
      ['存在困难和问题', 'shortcomings'],
      ['困难和问题', 'shortcomings'],
      ['党政主要负责人履行推进法治政府建设第一责任人职责情况', 'responsibility'],
      ['下一年度推进法治政府建设的主要安排', 'plans'],
      ['2024年度推动法治政府建设的主要打算', 'plans'],
      ['2025年工作计划', 'plans'],
      ['下一步主要工作', 'plans'],
      ['其他需要报告的情况', 'others'],
      ['夯实基础，全面依法治街机构体系进一步健全', undefined],
      ['坚持问题导向，推动整改落实', undefined],
    ];
    for (const [heading, key] of cases) expect([heading, partOf(heading)]).toEqual([heading, key]);
  });

  it('splits 一是/二是 only at clause boundaries and in order', () => {
    expect(splitPoints('存在的问题有：一是认识不足；二是力量薄弱。')).toEqual({ lead: '存在的问题有：', points: ['认识不足；', '力量薄弱。'] });
    expect(splitPoints('坚持统一是前提，一是加强领导。')).toEqual({ lead: '坚持统一是前提，', points: ['加强领导。'] });
    expect(splitPoints('一是甲。三是丙。')).toEqual({ lead: '', points: ['甲。三是丙。'] });
    expect(splitPoints('二是乙。', 2)).toEqual({ lead: '', points: ['乙。'] });
  });

  it('keeps a point\'s own marks and leaves off only those the engine prints', () => {
    expect(toPoint('认识不足；', { last: false, inline: true })).toBe('认识不足');
    expect(toPoint('力量薄弱。', { last: true, inline: true })).toBe('力量薄弱');
    expect(toPoint('办理案件2件。', { last: false, inline: true })).toBe('办理案件2件。');
    expect(toPoint('强化组织建设。调整领导小组。', { last: false, inline: true })).toEqual({ title: '强化组织建设', text: '调整领导小组。' });
    const long = '召开党工委全面依法治街委员会专题研究会议，审议和印发了年度工作要点。把法治建设工作列入街道年度工作计划。';
    expect(toPoint(long, { last: false, inline: true })).toBe(long);
  });

  it('reads the jurisdiction, year, kind and dates', () => {
    expect(titleFacts('海安高新技术产业开发区2023年法治政府建设情况报告')).toEqual({ name: '海安高新技术产业开发区', year: 2023 });
    expect(titleFacts('关于示例县2022年度法治政府建设工作情况的报告')).toEqual({ name: '示例县', year: 2022 });
    expect(nameFromPreamble('2023年，在达州市委、市政府的坚强领导下，万源市始终坚持以习近平新时代中国特色社会主义思想为指导')).toBe('万源市');
    expect(kindOf('万源市', '达州市')).toBe('county-city');
    expect(kindOf('塘沽街道')).toBe('street-office');
    expect(kindOf('平顶山高新区')).toBe('development-zone');
    expect(dateLine('2024年3月19日')).toBe('2024-03-19');
    expect(dateLine('二〇二四年三月十九日')).toBe('2024-03-19');
    expect(dateLine('二〇二四年十二月三十一日')).toBe('2024-12-31');
    expect(dateLine('2024年13月1日')).toBeUndefined();
  });

  it('drops short chrome lines but never a paragraph that mentions the same words', () => {
    expect(isChrome('来源: 海安高新区 发布时间:2024-03-19 16:22 累计次数: 字体:[ ]')).toBe(true);
    expect(isChrome('  • 索引号:005452946-00000-2022-00001 主题分类:工作报告 体裁分类:')).toBe(true);
    expect(isChrome('网站标识码:1201160001')).toBe(true);
    const paragraph = '来源于群众的意见建议全部纳入台账，发布时间、办理时限和结果全部公开，群众满意率达到98%，各项工作稳步推进，取得了明显成效，得到了上级的充分肯定和群众的普遍好评。';
    expect(isChrome(paragraph)).toBe(false);
  });

  it('normalises width, script and converter pinyin; keeps deliberate spaces between ideographs', () => {
    const n = normaliseText('陸渡街道加強組織領導、規(guī)范依法行政,創(chuàng)新管理模式。\n建设“巴山画屏 红城万源”(试点)。');
    expect(n.traditional).toBe(true);
    expect(n.paragraphs).toEqual(['陆渡街道加强组织领导、规范依法行政，创新管理模式。', '建设“巴山画屏 红城万源”（试点）。']);
    expect(normaliseText('现将?,F将情况报告如下').warnings.length).toBe(1);
  });
});

describe('jurisdiction from the title, the signature and the salutation', () => {
  it('takes the jurisdiction from the issuing organ or the place after 关于', () => {
    expect(titleFacts('湖北省人民政府关于2023年度法治政府建设情况的报告')).toEqual({ name: '湖北省', year: 2023 });
    expect(titleFacts('中共示例市委 示例市人民政府关于示例市2021年法治政府建设情况的报告')).toEqual({ name: '示例市', year: 2021 });
    expect(titleFacts('中共示例市委示例市人民政府关于2023年度法治政府建设情况的报告')).toEqual({ name: '示例市', year: 2023 });
    expect(titleFacts('示例区人民政府金龙街道办事处关于2022年度法治政府建设情况的报告')).toEqual({ name: '金龙街道办事处', year: 2022 });
    expect(titleFacts('示例县示例乡人民政府2025年法治政府建设情况报告')).toEqual({ name: '示例县示例乡', year: 2025 });
    expect(titleFacts('示例县2024年度法治政府建设情况报告')).toEqual({ name: '示例县', year: 2024 });
    // In an organ's name, characters that mark a clause in prose are part of the name (仁和镇, 将乐县, 和平区).
    expect(titleFacts('示和镇人民政府关于2024年度法治政府建设工作的报告')).toEqual({ name: '示和镇', year: 2024 });
    expect(titleFacts('将示县人民政府关于2024年度法治政府建设情况的报告')).toEqual({ name: '将示县', year: 2024 });
    expect(titleFacts('全市2023年法治政府建设情况报告')).toEqual({ year: 2023 });
  });

  it('gives no name rather than a wrong one, and keeps the year', () => {
    expect(titleFacts('助力先行区建设2023年度法治政府建设情况报告')).toEqual({ year: 2023 });
    expect(nameFromPreamble('2023年，我们紧紧围绕助力先行区建设，推进依法行政。')).toBeUndefined();
    expect(nameFromPreamble('现将我县2023年工作报告如下。')).toBeUndefined();
    expect(nameFromPreamble('2021年，示例部坚持以习近平法治思想为指导。')).toBe('示例部');
    // A street office named without 道 (Guangzhou's 鹤龙街), and not a street in a clause.
    expect(nameFromPreamble('2024年，示例龙街坚持以习近平法治思想为指导。')).toBe('示例龙街');
    expect(kindOf('示例龙街')).toBe('street-office');
    expect(nameFromPreamble('2024年，示例街道坚持以习近平法治思想为指导。')).toBe('示例街道');
    expect(nameFromPreamble('2024年，我们改造示例步行街，推进依法行政。')).toBeUndefined();
  });

  it('reads the superior from the salutation, and the kind of a province, an autonomous region and a municipality', () => {
    expect(superiorFrom('中共示例市委员会、示例市人民政府')).toBe('示例市');
    expect(superiorFrom('市委全面依法治市委员会')).toBeUndefined();
    expect(superiorFrom('中共将示县委员会、将示县人民政府')).toBe('将示县');
    expect(kindOf('示例自治区')).toBe('province');
    expect(kindOf('上海市')).toBe('province');
    expect(kindOf('示例部')).toBe('department');
  });

  it('does not attribute a provincial report to a phrase from its body', () => {
    const text = ['湖北省人民政府关于2023年度法治政府建设情况的报告', '2023年，省政府坚持依法行政，助力先行区建设。现将有关情况报告如下。', '一、主要举措和成效', '（一）深化改革。一是推行一网通办。'].join('');
    const r = importReport(text, { catalog, today: new Date('2024-06-01') });
    expect(r.data.jurisdiction).toEqual({ name: '湖北省', kind: 'province' });
  });

  it('keeps joint issuers as the title\'s and the signature\'s own lines, names the government, and leaves nothing unplaced', () => {
    const text = [
      '中共示例区金龙街道工作委员会',
      '示例区人民政府金龙街道办事处',
      '关于2025年度法治政府建设情况的报告',
      '区委、区政府：',
      '2025年，金龙街道坚持依法行政，全年开展法治宣传活动12次。现将有关情况报告如下：',
      '一、主要举措和成效',
      '（一）深化改革。一是推行一网通办。',
      '中共示例区金龙街道工作委员会',
      '示例区人民政府金龙街道办事处',
      '2026年2月10日',
    ].join('\n');
    const r = importReport(text, { catalog, today: new Date('2026-06-01') });
    expect(r.data.signature).toEqual({ organization: '中共示例区金龙街道工作委员会\n示例区人民政府金龙街道办事处', date: '2026-02-10' });
    expect(r.data.title).toBe('中共示例区金龙街道工作委员会\n示例区人民政府金龙街道办事处\n关于2025年度法治政府建设情况的报告');
    expect(r.data.jurisdiction).toEqual({ name: '金龙街道办事处', kind: 'street-office' });
    expect(r.data.year).toBe(2025);
    expect(r.data.unplaced).toBeUndefined();
  });
});
