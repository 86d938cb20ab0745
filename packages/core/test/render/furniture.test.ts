import { writeDocx, writeHtml, writeMarkdown, writeText } from '@fazhi/core';
import { DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { all, attr, first, openDocx, readParagraphs } from '../docx/open-docx.js';
import { source } from '../helpers.js';
import { catalogWith } from './pack-host.js';
import { documentOf, outline } from './render-helpers.js';

// Document furniture from the data: 文号, 附件说明 and attachments with tables, 抄送, 印发机关和印发日期.
const catalog = catalogWith({ t: { 'template.yaml': 'id: t\nname: 测试\nextends: national\nshow: { document_number: true }\n' } });
const data = (attachments: string) => source`
template: t
year: 2023
jurisdiction: { name: 某县, kind: county }
document_number: 某政文〔2024〕3号
measures:
  intro: 全年办理行政复议案件\${reconsideration.received}件。
${attachments}
copy_to: 县人大常委会办公室，县政协办公室
printed_by: { organization: 某县人民政府办公室, date: 2024-03-20 }
signature: { organization: 某县人民政府, date: 2024-03-19 }
stats: { reconsideration: { received: 48, concluded: 43 } }
`;
const oneTable = `attachments:
  - title: 2023年度行政复议和行政诉讼案件统计表
    text: 数据截至2023年12月31日。
    tables:
      - title: 案件统计
        header: [案件类型, 收案数, 办结数]
        rows:
          - [行政复议, '\${reconsideration.received}', '\${reconsideration.concluded}']
          - [行政诉讼, 12, 10]
`;

describe('document furniture', () => {
  it('prints in GB/T 9704 order: 文号, title, body, 附件说明, signature, attachment on its page, imprint', () => {
    const doc = documentOf(data(oneTable), catalog);
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'document-number', 'title', 'heading', 'paragraph', 'attachment-list', 'signature',
      'attachment-label', 'attachment-title', 'paragraph', 'table', 'copy-to', 'printed-by',
    ]);
    expect(doc.blocks.find((b) => b.kind === 'table')).toMatchObject({
      caption: '案件统计',
      header: ['案件类型', '收案数', '办结数'],
      rows: [['行政复议', '48', '43'], ['行政诉讼', '12', '10']],
    });
    expect(writeText(doc).split('\n').slice(-13)).toEqual([
      '附件：2023年度行政复议和行政诉讼案件统计表',
      '某县人民政府',
      '2024年3月19日',
      '附件',
      '2023年度行政复议和行政诉讼案件统计表',
      '数据截至2023年12月31日。',
      '案件统计',
      '案件类型\t收案数\t办结数',
      '行政复议\t48\t43',
      '行政诉讼\t12\t10',
      '抄送：县人大常委会办公室，县政协办公室。',
      '某县人民政府办公室\t2024年3月20日印发',
      '',
    ]);
    expect(writeText(doc)).toContain('抄送：县人大常委会办公室，县政协办公室。\n某县人民政府办公室\t2024年3月20日印发\n');
  });

  it('numbers several attachments 附件1, 附件2 and lists them “附件：1. …” then “2. …”', () => {
    const doc = documentOf(data('attachments:\n  - title: 统计表\n    tables: [{ header: [项目, 数量], rows: [[甲, 1]] }]\n  - title: 工作清单\n    text: 见下。\n'), catalog);
    expect(outline(doc.blocks).filter((l) => /^attachment-(label|title)/.test(l))).toEqual([
      'attachment-label: 附件1', 'attachment-title: 统计表', 'attachment-label: 附件2', 'attachment-title: 工作清单',
    ]);
    expect(doc.blocks.find((b) => b.kind === 'attachment-list')).toMatchObject({ lines: ['附件：1. 统计表', '2. 工作清单'] });
  });

  it('every text writer carries the table', () => {
    const doc = documentOf(data(oneTable), catalog);
    expect(writeMarkdown(doc)).toContain('| 案件类型 | 收案数 | 办结数 |\n| --- | --- | --- |\n| 行政复议 | 48 | 43 |');
    const html = writeHtml(doc);
    expect(html).toContain('<thead><tr><th>案件类型</th><th>收案数</th><th>办结数</th></tr></thead>');
    expect(html).toMatch(/<p class="attachment-label"[^>]*>附件<\/p>/);
  });

  // The first writeDocx loads the docx library: seconds on a loaded machine.
  it('docx: a bordered Word table whose header row repeats, the attachment on a new page in 黑体, the list indented', { timeout: 30_000 }, async () => {
    const docx = openDocx(await writeDocx(documentOf(data(oneTable), catalog)));
    const body = docx.xml('word/document.xml');
    const [table] = all(body, 'w:tbl');
    expect(table).toBeDefined();
    const rows = all(table!, 'w:tr');
    expect(rows.map((r) => all(r, 'w:tc').map((c) => DomUtils.textContent(c)))).toEqual([
      ['案件类型', '收案数', '办结数'], ['行政复议', '48', '43'], ['行政诉讼', '12', '10'],
    ]);
    const repeats = (row: (typeof rows)[number]) => ['true', '1', undefined].includes(first(row, 'w:tblHeader')?.attribs['w:val']) && !!first(row, 'w:tblHeader');
    expect(rows.map(repeats)).toEqual([true, false, false]);
    for (const side of ['w:top', 'w:left', 'w:insideH', 'w:insideV']) expect(attr(first(table!, 'w:tblBorders'), side, 'w:val')).toBe('single');
    const paragraphs = readParagraphs(body);
    const label = all(body, 'w:p').find((p) => DomUtils.textContent(p) === '附件');
    expect(label && first(label, 'w:pageBreakBefore')).toBeDefined();
    expect(paragraphs.find((p) => p.text === '附件')?.runs[0]?.fonts.eastAsia).toBe('黑体');
    expect(paragraphs.find((p) => p.text.startsWith('附件：'))?.ind.left).toBeGreaterThan(0);
    expect(paragraphs.find((p) => p.text === '某政文〔2024〕3号')?.jc).toBe('center');
  });

  it('docx: the imprint (版记) in 4号仿宋 between rules, 印发 date at a right tab stop (GB/T 9704 §7.4)', { timeout: 30_000 }, async () => {
    const body = openDocx(await writeDocx(documentOf(data(oneTable), catalog))).xml('word/document.xml');
    const paragraph = (text: string) => all(body, 'w:p').find((p) => DomUtils.textContent(p) === text)!;
    const copyTo = paragraph('抄送：县人大常委会办公室，县政协办公室。');
    const printedBy = paragraph('某县人民政府办公室2024年3月20日印发');
    expect(copyTo, 'the 抄送 paragraph').toBeDefined();
    expect(printedBy, 'the 印发 paragraph, organisation and date split by a tab').toBeDefined();
    for (const p of [copyTo, printedBy]) {
      expect(attr(first(p, 'w:rPr'), 'w:sz', 'w:val'), '4号 = 14 pt').toBe('28');
      expect(attr(first(p, 'w:rPr'), 'w:rFonts', 'w:eastAsia')).toBe('仿宋_GB2312');
    }
    // A thick rule above the first line and below the last, a thin one between.
    expect(Number(attr(first(copyTo, 'w:pBdr'), 'w:top', 'w:sz'))).toBeGreaterThan(Number(attr(first(copyTo, 'w:pBdr'), 'w:bottom', 'w:sz')));
    expect(attr(first(printedBy, 'w:pBdr'), 'w:bottom', 'w:sz')).toBe(attr(first(copyTo, 'w:pBdr'), 'w:top', 'w:sz'));
    expect(attr(first(printedBy, 'w:tabs'), 'w:tab', 'w:val')).toBe('right');
    expect(all(printedBy, 'w:r').flatMap((r) => all(r, 'w:tab')), 'a tab between organisation and date').toHaveLength(1);
  });

  it('a pack that does not show furniture prints none of it', () => {
    const hidden = catalogWith({ t: { 'template.yaml': 'id: t\nname: 测试\nextends: national\nshow: { attachments: false, copy_to: false, printed_by: false }\n' } });
    const kinds = documentOf(data(oneTable), hidden).blocks.map((b) => b.kind);
    expect(kinds).toEqual(['title', 'heading', 'paragraph', 'signature']);
  });
});
