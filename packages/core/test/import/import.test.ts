import { describe, expect, it } from 'vitest';
import { importReport, parseReport, renderReport, validateReport, writeText, type TemplateCatalog } from '../../src/index.js';
import { catalog } from '../helpers.js';
import { normaliseRendered, normaliseSeed } from '../render/golden-normalise.js';
import { catalogWith } from '../render/pack-host.js';
import { COUNTY, DISTRICT_NUMBERED, TOWNSHIP, TRADITIONAL_THEMES, withoutChrome } from './reports.js';

function imported(text: string, templates: TemplateCatalog = catalog) {
  const result = importReport(text, { catalog: templates, today: new Date('2024-06-01') });
  const parsed = parseReport(result.yaml);
  const diagnostics = validateReport(parsed, { templates, today: new Date('2024-06-01') });
  const rendered = renderReport(parsed, templates);
  return { ...result, parsed, diagnostics, errors: diagnostics.filter((d) => d.severity === 'error'), lines: normaliseRendered(writeText(rendered.document!)) };
}

/** A pack for reports that put each 一是 point in a paragraph of its own and （一） headings on their own lines. */
const withParagraphPack = () =>
  catalogWith({
    'paragraph-points': {
      'template.yaml': 'id: paragraph-points\nname: 要点分段格式\nextends: national\nlayout:\n  item_heading: own-line\n  points: paragraphs\n  intro_joins_points: false\n',
    },
  });

// Generous limits: the first traditional-script render loads OpenCC's dictionaries, and the machine running
// the tests may be shared and loaded.
describe('importing reports from jurisdictions not in the seeds', { timeout: 60_000 }, () => {
  it('a county in the standard order: national pack, headings kept, signature and date read, chrome dropped', () => {
    const r = imported(COUNTY);
    expect(r.errors).toEqual([]);
    expect(r.templateId).toBe('national');
    expect(r.data).toMatchObject({
      year: 2023,
      jurisdiction: { name: '示例县', kind: 'county' },
      published: '2024-03-28',
      shortcomings: { title: '存在的问题', intro: '对照要求，还存在一些问题：', points: ['基层执法力量薄弱', '法治宣传针对性不强'] },
      plans: { title: '2024年工作计划' },
      signature: { organization: '示例县人民政府', date: '2024-03-25' },
      closing: '下一步，示例县将继续坚持以法治为引领，推动法治政府建设再上新台阶。',
    });
    // Out of the data, and listed in the comment at the end of the file.
    expect(JSON.stringify(r.data)).not.toMatch(/版权所有|打印本页|发布时间/);
    expect(r.dropped.join('\n')).toMatch(/发布时间/);
    expect(r.yaml.slice(r.yaml.indexOf('# 导入时去掉的网页内容'))).toMatch(/打印本页/);
    expect(r.lines).toEqual(normaliseSeed(withoutChrome(COUNTY)));
  });

  it('a township with points one per paragraph picks the pack whose layout prints them so', () => {
    const r = imported(TOWNSHIP, withParagraphPack());
    expect(r.errors).toEqual([]);
    expect(r.templateId).toBe('paragraph-points');
    expect(r.data).toMatchObject({
      year: 2022,
      jurisdiction: { name: '示例镇', kind: 'township' },
      measures: { title: '工作开展情况', items: [{ title: '健全依法决策机制', points: [{ title: '落实重大行政决策程序' }, { title: '发挥法律顾问作用' }] }, { title: '化解矛盾纠纷' }] },
      shortcomings: { title: '困难和问题', points: ['执法人员不足；', '村级法治力量薄弱'] },
      plans: { title: '下一步打算' },
    });
    expect(r.lines).toEqual(normaliseSeed(TOWNSHIP));
  });

  it('without such a pack the township still imports, and only paragraph breaks between points change', () => {
    const r = imported(TOWNSHIP);
    expect(r.errors).toEqual([]);
    // The words stay; the enumerators' punctuation and line breaks follow the national layout, and the writer is told.
    const bare = (lines: string[]) => lines.join('').replace(/[。;,:]/g, '');
    expect(bare(r.lines)).toBe(bare(normaliseSeed(TOWNSHIP)));
    expect(r.warnings.join('\n')).toMatch(/layout\.points: inline/);
    expect(r.warnings.join('\n')).toMatch(/layout\.item_heading: run-in/);
  });

  it('1. numbering becomes points with a warning; text before the title goes under unplaced, never lost', () => {
    const r = imported(DISTRICT_NUMBERED);
    expect(r.errors).toEqual([]);
    expect(r.data).toMatchObject({
      recipient: '示例市委、示例市人民政府',
      jurisdiction: { name: '示例区', kind: 'district', superior: '示例市' },
      measures: { items: [{ title: '推进政府职能转变', points: [{ title: '深化“放管服”改革' }, { title: '优化法治化营商环境' }] }] },
      unplaced: ['本页内容仅供参考'],
    });
    expect(r.warnings.join('\n')).toMatch(/1\./);
    expect(r.warnings.join('\n')).toMatch(/unplaced/);
    expect(r.diagnostics.map((d) => d.code)).toContain('unplaced-text');
    const en = importReport(DISTRICT_NUMBERED, { catalog, locale: 'en' }).warnings;
    expect(en).toHaveLength(r.warnings.length);
    expect(en.join('\n')).toMatch(/paragraph\(s\) before the title.*unplaced/);
  });

  it('a traditional-script report becomes simplified data and picks the zh-Hant pack with thematic sections', () => {
    const r = imported(TRADITIONAL_THEMES);
    expect(r.errors).toEqual([]);
    expect(r.templateId).toBe('ludu-street-office');
    expect(r.data).toMatchObject({
      jurisdiction: { name: '示例街道', kind: 'street-office' },
      measures: { sections: [{ title: '强化组织保障，法治建设责任进一步压实', points: ['调整依法治街委员会成员。', '每季度组织集体学法'] }, { title: '规范执法行为，执法水平进一步提高' }] },
    });
    expect(JSON.stringify(r.data)).not.toMatch(/扫一扫|加強/);
    expect(r.yaml).not.toMatch(/加強/);
    expect(r.lines).toEqual(normaliseSeed(TRADITIONAL_THEMES));
    // The part's comment names the run of first-level numbers the sections take.
    expect(r.yaml).toMatch(/# 主要举措和成效：以专题作一级标题（一、至二、）\nmeasures:/);
  });

  it('one thematic section: its comment names its one number, not a run from it to itself', () => {
    const one = TRADITIONAL_THEMES.slice(0, TRADITIONAL_THEMES.indexOf('\n二、'));
    const r = imported(one);
    expect(r.templateId).toBe('ludu-street-office');
    expect(r.yaml).toMatch(/# 主要举措和成效：以专题作一级标题（一、）\nmeasures:/);
  });

  it('--template overrides the choice, and headings the pack words differently stay as overrides', () => {
    const result = importReport(COUNTY, { catalog, template: 'tanggu-street-office' });
    expect(result.templateId).toBe('tanggu-street-office');
    expect(result.data.measures).toMatchObject({ title: '2023年度推进法治政府建设的主要举措和成效' });
  });

  it('writes a comment on each part and long prose as literal blocks', () => {
    const { yaml } = importReport(COUNTY, { catalog, fileName: 'county.txt' });
    expect(yaml).toMatch(/^# 由 fazhi import 从 county\.txt 导入/);
    expect(yaml).toMatch(/# 一、2023年度推进法治政府建设的主要举措和成效\nmeasures:/);
    expect(yaml).toMatch(/# 二、存在的问题\nshortcomings:/);
    expect(yaml).toMatch(/text: \|-\n {4}2023年，示例县坚持/);
  });

  it('text with no headings at all keeps everything, under the preamble and unplaced', () => {
    const r = imported('随便一段话。\n另一段话。\n第三段。');
    expect(r.errors).toEqual([]);
    expect(r.data).toMatchObject({ preamble: { text: '随便一段话。' }, unplaced: ['另一段话。', '第三段。'] });
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  it('joins a title broken over two lines, reads “××人民政府关于……的报告”, and splits a run-in part heading', () => {
    const text = ['示例市人民政府关于', '2023年度法治政府建设情况的报告', '2023年，示例市扎实推进法治政府建设。', '一、主要举措和成效。全市深化行政执法体制改革。', '二、存在的不足和原因', '一是执法力量不足；二是宣传不够。'].join('\n');
    const r = imported(text);
    expect(r.errors).toEqual([]);
    // The gallery's city-government pack prints exactly that title, so it is chosen and no title override is needed.
    expect(r.data.template).toBe('city-government');
    expect(r.data.title).toBeUndefined();
    expect(r.data).toMatchObject({
      year: 2023,
      jurisdiction: { name: '示例市' },
      measures: { intro: '全市深化行政执法体制改革。' },
    });
    expect(r.data.unplaced).toBeUndefined();
  });
});
