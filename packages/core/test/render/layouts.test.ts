import { describe, expect, it } from 'vitest';
import { source } from '../helpers.js';
import { documentOf, outline, renderText } from './render-helpers.js';

const base = (template: string, extra: string) => source`
template: ${template}
year: 2023
jurisdiction:
  name: 测试高新技术产业开发区
  short_name: 测试高新区
  kind: development-zone
preamble:
  text: 现将有关情况报告如下：
${extra}
`;

const measures = `
measures:
  items:
    - title: 坚持规范执法，提高工作效能
      points:
        - title: 树立用人导向
          text: 科学选择任用合格人才。
        - 完善工作机制
        - 强化监督检查
shortcomings:
  intro: 存在的问题有：
  points:
    - 依法行政能力不均衡
    - title: 普法质量有待提高
      text: 形式单一。
`;

describe('layouts', () => {
  it('national: title, salutation, run-in items, inline points joined with “；” and ended with “。”', () => {
    const doc = documentOf(base('national', `recipient: 中共某市委、某市人民政府\n${measures}`));
    expect(outline(doc.blocks)).toEqual([
      'title: 测试高新技术产业开发区2023年度法治政府建设情况报告',
      'salutation: 中共某市委、某市人民政府：',
      'p.preamble: 现将有关情况报告如下：',
      'h1: 一、2023年度推进法治政府建设的主要举措和成效',
      'p.body: ⟨（一）坚持规范执法，提高工作效能。⟩一是树立用人导向。科学选择任用合格人才。二是完善工作机制；三是强化监督检查。',
      'h1: 二、2023年度推进法治政府建设存在的不足和原因',
      'p.body: 存在的问题有：一是依法行政能力不均衡；二是普法质量有待提高。形式单一。',
    ]);
  });

  it('wanyuan: no title printed, but the document still knows it', () => {
    const doc = documentOf(base('wanyuan-county-city', `recipient: 中共某市委、某市人民政府\n${measures}`));
    expect(doc.blocks[0]).toMatchObject({ kind: 'salutation' });
    expect(doc.meta.title).toBe('测试高新技术产业开发区2023年度法治政府建设情况报告');
  });

  it('pingdingshan: short name in the title, own-line item headings, intro in its own paragraph', () => {
    const doc = documentOf(base('pingdingshan-hitech-zone', measures));
    expect(outline(doc.blocks)).toEqual([
      'title: 测试高新区2023年度法治政府建设情况报告',
      'p.preamble: 现将有关情况报告如下：',
      'h1: 一、工作开展情况',
      'h2: （一）坚持规范执法，提高工作效能',
      'p.body: 一是树立用人导向。科学选择任用合格人才。二是完善工作机制；三是强化监督检查。',
      'h1: 二、存在困难和问题',
      'p.body: 存在的问题有：',
      'p.body: 一是依法行政能力不均衡；二是普法质量有待提高。形式单一。',
    ]);
  });

  it('a part title in the data overrides the pack label; a blank line splits a paragraph', () => {
    const doc = documentOf(base('national', `
plans:
  title: 下一步打算
  intro: |-
    第一段。

    第二段。
`));
    expect(outline(doc.blocks).slice(-3)).toEqual(['h1: 一、下一步打算', 'p.body: 第一段。', 'p.body: 第二段。']);
  });

  it('ludu: thematic sections as first-level headings, printed in traditional script at phrase level', () => {
    const doc = documentOf(base('ludu-street-office', `
measures:
  sections:
    - title: 依法依规，政府治理规范化法治化进一步推进
      intro: 持续深入推进政务公开工作。
    - title: 创新实践
      points:
        - title: 突出法治信仰培育
          text: 开展学法活动。
`));
    expect(doc.script).toBe('zh-Hant');
    expect(outline(doc.blocks)).toEqual([
      'title: 測試高新技術產業開發區2023年度法治政府建設年度報告',
      'p.preamble: 現將有關情況報告如下：',
      'h1: 一、依法依規，政府治理規範化法治化進一步推進',
      'p.body: 持續深入推進政務公開工作。',
      'h1: 二、創新實踐',
      'p.body: 一是突出法治信仰培育。開展學法活動。',
    ]);
  });

  it('joins block-scalar lines without spaces, replaces figures and makes punctuation full-width', () => {
    const doc = documentOf(base('national', `
stats:
  cases: 12
measures:
  intro: >-
    全年办理案件\${cases}件,
    结案率100%(含调解),落实"三项制度"。
`));
    expect(outline(doc.blocks).at(-1)).toBe('p.body: 全年办理案件12件，结案率100%（含调解），落实“三项制度”。');
  });

  it('keeps an unknown figure visible rather than printing nothing', () => {
    const doc = documentOf(base('national', 'measures:\n  intro: 共${nosuch}件。\n'));
    expect(outline(doc.blocks).at(-1)).toBe('p.body: 共${nosuch}件。');
  });

  it('maps each block back to its place in the YAML', () => {
    const text = base('national', measures);
    const { document } = renderText(text);
    const item = document?.blocks.find((b) => b.kind === 'paragraph' && b.runs[0]?.heading === 2);
    expect(item?.source).toBeDefined();
    const src = text.slice(item?.source?.start, item?.source?.end);
    expect(src).toContain('坚持规范执法，提高工作效能');
    expect(src).toContain('强化监督检查');
  });

  it('prints the signature with a Chinese date', () => {
    const doc = documentOf(base('national', 'signature:\n  organization: 测试区管委会\n  date: 2024-03-19\n'));
    expect(outline(doc.blocks).at(-1)).toBe('signature: 测试区管委会 / 2024年3月19日');
  });
});
