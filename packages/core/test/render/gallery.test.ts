import { parseReport, renderReport, validateReport, writeDocx, writeText } from '@fazhi/core';
import { DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { all, openDocx } from '../docx/open-docx.js';
import { catalog } from '../helpers.js';

// Every pack that ships a golden example: the example passes `fazhi check` (no errors), renders to its example.txt
// word for word, and renders to a Word file whose text is the same report. `fazhi templates lint` checks the
// first two for maintainers' own packs too; this keeps the repository's gallery honest in the test suite.
const packs = catalog.ids().filter((id) => catalog.host.readTemplateFile(id, 'example.yaml') !== undefined);

describe.each(packs)('gallery pack %s', (id) => {
  const yaml = catalog.host.readTemplateFile(id, 'example.yaml') as string;
  const parsed = parseReport(yaml, { source: `templates/${id}/example.yaml` });
  const result = renderReport(parsed, catalog);

  it('example.yaml passes fazhi check and names this pack', () => {
    expect(parsed.data).toMatchObject({ template: id });
    const errors = validateReport(parsed, { templates: catalog }).filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it('example.yaml has no warning but the regulation\'s own for a part the format leaves out', () => {
    // A maintainer copies the example (fazhi templates new): a warning in it would be copied into every new pack.
    const order = catalog.resolve(id).manifest!.order;
    const warnings = validateReport(parsed, { templates: catalog }).filter((d) => d.severity === 'warning');
    const omitted = (d: (typeof warnings)[number]) => d.code === 'missing-part' && !order.some((part) => d.message.includes(`（${part}）`));
    expect(warnings.filter((d) => !omitted(d)).map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it('renders to example.txt word for word', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(writeText(result.document!)).toBe(catalog.host.readTemplateFile(id, 'example.txt'));
  });

  it('renders to a Word file carrying the same text', async () => {
    const docx = openDocx(await writeDocx(result.document!));
    const body = docx.xml('word/document.xml');
    const words = all(body, 'w:t').map((t) => DomUtils.textContent(t)).join('');
    const text = writeText(result.document!).replace(/[\s\t]/g, '');
    // Word holds the same characters (the title may be broken into lines, the imprint joined by a tab).
    expect(words.replace(/\s/g, '')).toBe(text);
  });
});

describe('the gallery', () => {
  it('has the jurisdiction kinds and forms issue 14 asks for', () => {
    const suits = new Set(packs.flatMap((id) => catalog.resolve(id).manifest!.suits.slice(0, 1)));
    for (const kind of ['province', 'city', 'county', 'district', 'county-city', 'township', 'street-office', 'development-zone', 'department']) {
      expect(suits, kind).toContain(kind);
    }
    expect(packs.length).toBeGreaterThanOrEqual(14);
  });
});

describe('the three formats of issue 14, as described', () => {
  const render = (id: string) => renderReport(parseReport(catalog.host.readTemplateFile(id, 'example.yaml') as string, { source: `${id}.yaml` }), catalog);

  it('street-office-numbered: second-level items “1.” run into their paragraph, set in 仿宋加粗', async () => {
    const doc = render('street-office-numbered').document!;
    const item = doc.blocks.find((b) => b.kind === 'paragraph' && b.runs[0]?.text === '1.强化组织领导。');
    expect(item).toMatchObject({ runs: [{ heading: 3 }, {}] });
    const body = openDocx(await writeDocx(doc)).xml('word/document.xml');
    const run = all(body, 'w:r').find((r) => DomUtils.textContent(r) === '1.强化组织领导。')!;
    expect(all(run, 'w:b')).toHaveLength(1);
    expect(all(run, 'w:rFonts')[0]?.attribs['w:eastAsia']).toBe('仿宋_GB2312');
  });

  it('province-thematic: every first-level heading a topic, 一是/二是 in one paragraph', () => {
    const r = render('province-thematic');
    const headings = r.document!.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => (h as { text: string }).text)).toEqual([
      '一、坚持党的领导，坚决扛牢法治政府建设政治责任',
      '二、坚持依法决策，推动政府治理更加规范',
      '三、以上率下，切实履行推进法治建设第一责任人职责',
      '四、正视短板弱项，找准法治政府建设的差距',
      '五、聚焦目标任务，谋划2024年法治政府建设',
    ]);
    expect(writeText(r.document!)).toContain('一是强化学习引领。省政府常务会议会前学法10次。二是压实工作责任。');
  });

  it('county-statistics-attachment: 附件说明 after the body, the table on a page of its own', () => {
    const kinds = render('county-statistics-attachment').document!.blocks.map((b) => b.kind);
    expect(kinds.slice(-6)).toEqual(['paragraph', 'attachment-list', 'signature', 'attachment-label', 'attachment-title', 'table']);
  });
});
