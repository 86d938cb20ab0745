import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalogWithPacks, importReport, parseReport, renderReport, validateReport, writeText } from '../../src/index.js';
import { catalog } from '../helpers.js';
import { repairedSeedText, SEEDS } from './seeds.js';

/** A district that puts the 第一责任人 part first, has no title, and prints （一） headings on their own lines. */
const REPORT = [
  '2023年，示例区坚持依法行政，全面推进法治政府建设。现将有关情况报告如下：',
  '一、区政府主要负责同志履行推进法治建设第一责任人职责情况',
  '区政府主要负责同志定期听取法治政府建设工作汇报。',
  '二、2023年法治政府建设的主要举措和成效',
  '（一）深化放管服改革',
  '政务服务事项网上可办率达到98%。',
  '（二）规范行政执法',
  '全年开展执法检查120次。',
  '三、存在的不足',
  '基层执法力量仍然薄弱。',
];

const squash = (s: string) => s.replace(/\s+/g, '');

describe('learning the format when no pack reproduces the report', { timeout: 60_000 }, () => {
  const r = importReport(REPORT.join('\n'), { catalog, today: new Date('2024-06-01'), learnFormat: { id: 'shili-district' } });
  const packs = catalogWithPacks(catalog, { 'shili-district': r.newPack?.yaml ?? '' });

  it('infers a manifest: part order, heading wordings with ${year}, no title, item headings on their own lines', () => {
    expect(r.templateId).toBe('shili-district');
    const manifest = parse(r.newPack?.yaml ?? '') as Record<string, unknown>;
    expect(manifest).toMatchObject({
      id: 'shili-district',
      order: ['responsibility', 'measures', 'shortcomings', 'plans', 'others'],
      labels: { measures: '${year}年法治政府建设的主要举措和成效', responsibility: '区政府主要负责同志履行推进法治建设第一责任人职责情况', shortcomings: '存在的不足' },
      numbering: { item: { style: '（一）', layout: 'own-line' } },
      show: { title: false },
    });
    expect(r.warnings.join('\n')).toContain('已按原文推断出新模板“shili-district”');
  });

  it('renders the imported data through it back to the report, and the data checks without errors', () => {
    const parsed = parseReport(r.yaml);
    expect(validateReport(parsed, { templates: packs }).filter((d) => d.severity === 'error')).toEqual([]);
    const rendered = renderReport(parsed, packs);
    expect(squash(writeText(rendered.document!))).toBe(squash(REPORT.join('')));
  });

  it('infers nothing when a shipped pack already reproduces the report: the seeds', { timeout: 60_000 }, () => {
    for (const seed of SEEDS) {
      const seedImport = importReport(repairedSeedText(seed), { catalog, learnFormat: { id: 'unused' } });
      expect([seed.name, seedImport.newPack, seedImport.templateId]).toEqual([seed.name, undefined, seed.pack]);
    }
  });
});
