import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/index.js';
import { splitRunTogether } from '../../src/import/run-together.js';
import { catalog } from '../helpers.js';

const today = new Date('2024-06-01');
const LINES = [
  '示例县人民政府关于2023年度法治政府建设情况的报告',
  '中共示例市委、示例市人民政府：',
  '2023年，示例县全面推进依法行政，二、三季度完成了重点任务。现将有关情况报告如下：',
  '一、2023年度推进法治政府建设的主要举措和成效',
  '（一）深化改革。一是推行一网通办。二是优化营商环境。',
  '（二）规范执法。全年办理案件1.5万件。',
  '二、存在的不足和原因',
  '一是基层力量薄弱；二是宣传不够。',
  '三、2024年度推进法治政府建设的主要安排',
  '（一）持续推进示范创建。对照指标体系查缺补漏。',
  '示例县人民政府',
  '2024年3月1日',
];

describe('text without line breaks', { timeout: 60_000 }, () => {
  it('imports as the same text with them: title, salutation, 一、 （一） headings, signature and date', () => {
    const withBreaks = importReport(LINES.join('\n'), { catalog, today });
    const runTogether = importReport(LINES.join(''), { catalog, today });
    expect(runTogether.data).toEqual(withBreaks.data);
    expect(withBreaks.data).toMatchObject({ recipient: '中共示例市委、示例市人民政府', signature: { organization: '示例县人民政府', date: '2024-03-01' } });
  });

  it('splits where a numbering sequence continues after a sentence ends, and nowhere else', () => {
    expect(splitRunTogether(['前言。一、甲乙丙。正文一，二、三季度如此。（一）子项。正文。（三）不是下一项。二、丁戊。正文二。'])).toEqual([
      '前言。',
      '一、甲乙丙。',
      '正文一，二、三季度如此。',
      '（一）子项。正文。（三）不是下一项。',
      '二、丁戊。正文二。',
    ]);
  });

  it('finds 1. 2. items after a sentence, but not a decimal or a number inside a sentence', () => {
    expect(splitRunTogether(['（一）标题。1.甲。增长2.5%，共2.事项。2.乙。'])).toEqual(['（一）标题。', '1.甲。增长2.5%，共2.事项。', '2.乙。']);
  });

  it('leaves text that has its line breaks as it is', () => {
    expect(splitRunTogether(LINES)).toEqual(LINES);
  });
});
