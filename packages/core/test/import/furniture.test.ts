import { describe, expect, it } from 'vitest';
import { importReport, parseReport, validateReport } from '../../src/index.js';
import { PLACEHOLDER } from '../../src/validate/rules/placeholder.js';
import { catalog } from '../helpers.js';

const today = new Date('2024-06-01');
const BODY = [
  '2023年，示例县坚持依法行政。现将有关情况报告如下：',
  '一、主要举措和成效',
  '（一）深化改革。一是推行一网通办。二是优化营商环境。',
  '二、存在的不足和原因',
  '一是基层力量薄弱；二是宣传不够。',
];
const TITLE = '示例县2023年度法治政府建设情况报告';
const imported = (lines: string[]) => importReport(lines.join('\n'), { catalog, today });

/** The text the data holds, to check that no furniture reached it. */
const dataText = (r: ReturnType<typeof importReport>) => JSON.stringify(r.data);

// The first import loads OpenCC's dictionaries; the machine running the tests may be shared and loaded.
describe('page furniture out, facts in', { timeout: 60_000 }, () => {
  it('reads a bulleted metadata list with labels spaced out, and takes 发布日期, 文号 and 发布机构', () => {
    const r = imported(['- 索 引 号:QZ0301-2024-00002', '- 备注/文号:示政文〔2024〕3号', '- 发布机构:示例县人民政府', '- 公文生成日期:2024-01-16', '- [ 发布日期 ] 2024-03-19', TITLE, ...BODY]);
    expect(r.facts).toEqual({ published: '2024-03-19', documentNumber: '示政文〔2024〕3号', issuer: '示例县人民政府' });
    expect(r.data.published).toBe('2024-03-19');
    expect(r.dropped).toHaveLength(5);
    expect(r.data.unplaced).toBeUndefined();
    expect(r.yaml).toContain('# 网页标明：文号 示政文〔2024〕3号；发布机构 示例县人民政府；发布日期 2024-03-19。');
  });

  it('puts the 文号 into document_number, and the 发布机构 where the data has a place for it', () => {
    const r = imported(['- 备注/文号:示政文〔2024〕3号', '- 发布机构:示例县人民政府', '- [ 发布日期 ] 2024-03-19', TITLE, ...BODY, '2024年3月15日']);
    expect(r.data).toMatchObject({ document_number: '示政文〔2024〕3号', signature: { organization: '示例县人民政府', date: '2024-03-15' } });
    expect(r.yaml).toMatch(/^document_number: 示政文〔2024〕3号$/m);
    expect(validateReport(parseReport(r.yaml), { templates: catalog, today }).filter((d) => d.severity === 'error')).toEqual([]);
    // No title and no name in the preamble: a government that issued the page names the jurisdiction …
    const untitled = ['2023年，我们坚持依法行政。', ...BODY.slice(1)];
    expect(imported(['- 发布机构:示例县人民政府办公室', ...untitled]).data.jurisdiction).toMatchObject({ name: '示例县', kind: 'county' });
    // … a department that only posted it does not (a wrong name is worse than none).
    expect(imported(['- 发布机构:示例县司法局', ...untitled]).data.jurisdiction).toMatchObject({ name: PLACEHOLDER });
    // A signature line of its own wins over the page's organ.
    expect(imported(['- 发布机构:示例县司法局', TITLE, ...BODY, '示例县人民政府', '2024年3月15日']).data.signature).toEqual({ organization: '示例县人民政府', date: '2024-03-15' });
  });

  it('reads a table flattened to label and value lines, and the unlabelled block (index, organ, date)', () => {
    const table = imported(['• 信息索引号:', '330782000000/2024-549121', '• 文件名称:', '• 发布机构:', '示例县人民政府', '• 发布日期:', '2024-02-19', TITLE, ...BODY]);
    expect(table.facts).toEqual({ issuer: '示例县人民政府', published: '2024-02-19' });
    expect(table.data.unplaced).toBeUndefined();
    expect(imported(['• 736916951/2024-000784', TITLE, ...BODY]).data.unplaced).toBeUndefined();
    const bare = imported(['政府信息公开', TITLE, '11371202004358421D/2025-6640947', '示例县人民政府', '2025-03-19', TITLE, ...BODY]);
    expect(bare.facts).toEqual({ issuer: '示例县人民政府', published: '2025-03-19' });
    expect(bare.data.title ?? TITLE).toBe(TITLE);
    expect(bare.data.unplaced).toBeUndefined();
    expect(bare.dropped).toEqual(['政府信息公开', '11371202004358421D/2025-6640947', '示例县人民政府', '2025-03-19', TITLE]);
  });

  it('reads the one-line shape with several fields', () => {
    const r = imported(['发布日期：2024-03-28 09:18 发布机构：示例县司法局 浏览次数：12', TITLE, ...BODY]);
    expect(r.facts).toEqual({ published: '2024-03-28', issuer: '示例县司法局' });
  });

  it('drops breadcrumbs, widgets, a stale site date and link lines, and lists each one', () => {
    const furniture = ['示例县人民政府 2019年12月3日星期二', '无障碍 简体| 繁体', '首页 > 政务公开 > 工作报告', '【打印】 【字体：大 中 小】', '大', '中', '小', '- 分享到 :', '一图读懂:https://example.gov.cn/a.html', '扫一扫在手机打开当前页'];
    const r = imported([...furniture, TITLE, ...BODY]);
    expect(r.dropped).toEqual(furniture);
    expect(dataText(r)).not.toMatch(/首页|打印|分享|扫一扫|星期|https/);
    expect(r.warnings.join('\n')).toContain(`去掉了 ${furniture.length} 行网页内容`);
  });

  it('cuts a watermark that recurs inside sentences, and a stamp line printed between paragraphs', () => {
    const stamp = '某某文库—每日更新www.example-docs.com';
    const r = imported([`${stamp}${TITLE}`, BODY[0] as string, BODY[1] as string, `（一）深化改革。一是推行一网${stamp}通办。二是优化营商环境。`, ...BODY.slice(3)]);
    expect(r.dropped).toContain(stamp);
    expect(r.data.jurisdiction).toMatchObject({ name: '示例县' });
    expect(dataText(r)).toContain('推行一网通办');
    expect(dataText(r)).not.toContain('example-docs');
    const lines = imported([TITLE, BODY[0] as string, '本文来源：示例文库', BODY[1] as string, '本文来源：示例文库', BODY[2] as string, '本文来源：示例文库', ...BODY.slice(3)]);
    expect(dataText(lines)).not.toContain('示例文库');
  });

  it('keeps the report title once when the page heading repeats it', () => {
    const r = imported([TITLE, '来源：示例县司法局 发布时间：2024-03-28 09:18', TITLE, ...BODY]);
    expect(r.dropped).toEqual(['来源：示例县司法局 发布时间：2024-03-28 09:18', TITLE]);
    expect(JSON.stringify(r.data.preamble)).not.toContain(TITLE);
    expect(r.data.unplaced).toBeUndefined();
  });

  it('leaves a line it cannot place under unplaced, and a sentence that starts like a field in the text', () => {
    const r = imported(['本站声明', TITLE, BODY[0] as string, '来源：本报告数据来自县统计局。', ...BODY.slice(1)]);
    expect(r.data.unplaced).toEqual(['本站声明']);
    expect(JSON.stringify(r.data.preamble)).toContain('本报告数据来自县统计局');
  });
});
