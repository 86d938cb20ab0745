import { describe, expect, it } from 'vitest';
import { importReport, parseReport, validateReport } from '../../src/index.js';
import { catalog } from '../helpers.js';

const REPORT = [
  '来源：示例县司法局 发布时间：2024-03-20 10:00',
  '关于示例县2023年度法治政府建设工作情况的报告',
  '2023年，示例县全面推进依法行政。现将有关情况报告如下：',
  '一、2023年度法治政府建设的主要举措',
  '（一）深化改革。一是推行一网通办，2023年网上可办率达到98%。二是优化营商环境。',
  '二、存在的不足和原因',
  '一是基层力量薄弱；二是宣传不够。',
  '三、2024年度工作打算',
  '2024年，示例县将持续推进示范创建。',
  '示例县人民政府',
  '2024年3月1日',
].join('\n');

describe('fazhi import --year: last year’s report as the start of this year’s', { timeout: 60_000 }, () => {
  const r = importReport(REPORT, { catalog, today: new Date('2025-01-10'), year: 2024 });

  it('moves the year, the title and the headings, and drops last year’s dates', () => {
    expect(r.data.year).toBe(2024);
    expect(r.data.title).toBe('关于示例县2024年度法治政府建设工作情况的报告');
    expect(r.data.measures).toMatchObject({ title: '2024年度法治政府建设的主要举措' });
    expect(r.data.plans).toMatchObject({ title: '2025年度工作打算' });
    expect(r.data.published).toBeUndefined();
    expect(r.data.signature).toEqual({ organization: '示例县人民政府', date: '2025-03-01' });
  });

  it('flags every sentence that still names last year (and the old plans’ year in the plans), keeping the prose', () => {
    const flagged = r.warnings.filter((w) => w.includes('仍写着2023年'));
    expect(flagged).toEqual([
      'preamble 中仍写着2023年的内容，请改写为2024年的情况：2023年，示例县全面推进依法行政。',
      'measures 中仍写着2023年的内容，请改写为2024年的情况：一是推行一网通办，2023年网上可办率达到98%。',
      'plans 中仍写着2023年的内容，请改写为2024年的情况：2024年，示例县将持续推进示范创建。',
    ].map((w) => w.replace('一是', '')));
    expect(JSON.stringify(r.data)).toContain('2023年网上可办率');
    expect(r.yaml).toMatch(/# ⚠ 这一部分有 1 句仍写着2023年的情况/);
  });

  it('writes a data file that checks without errors', () => {
    const errors = validateReport(parseReport(r.yaml), { templates: catalog }).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('changes nothing when the year is the report’s own', () => {
    expect(importReport(REPORT, { catalog, year: 2023 }).data).toEqual(importReport(REPORT, { catalog }).data);
  });
});
