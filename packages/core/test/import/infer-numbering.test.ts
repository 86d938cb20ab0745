import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalogWithPacks, importReport, parseReport, renderReport, TemplateCatalog, validateReport, writeText, type TemplateHost } from '../../src/index.js';
import { catalog } from '../helpers.js';
import { ITEM_LINES_POINTS_PAREN, ITEMS_ARABIC, ITEMS_ARABIC_POINTS_PAREN, ITEMS_OWN_LINE_THEMATIC, MIXED_BY_PART, NUMBERING_REPORTS, PARTS_RUN_IN, POINTS_CIRCLED, POINTS_CONTINUOUS, POINTS_PAREN } from './numbering-reports.js';

/** Only the national pack: whatever numbering a report shows beyond 一、（一）一是 has to be inferred. */
const nationalOnly = (): TemplateCatalog => {
  const host = catalog.host;
  const only: TemplateHost = { ...host, listTemplates: () => ['national'], readTemplateFile: (id, f) => (id === 'national' ? host.readTemplateFile(id, f) : undefined) };
  return new TemplateCatalog(only);
};

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function learned(text: string, templates: TemplateCatalog) {
  const r = importReport(text, { catalog: templates, today: new Date('2024-06-01'), learnFormat: { id: 'learned' } });
  const packs = r.newPack ? catalogWithPacks(templates, { [r.newPack.id]: r.newPack.yaml }) : templates;
  const parsed = parseReport(r.yaml);
  const errors = validateReport(parsed, { templates: packs, today: new Date('2024-06-01') }).filter((d) => d.severity === 'error');
  const rendered = lines(writeText(renderReport(parsed, packs).document!));
  const manifest = r.newPack ? (parse(r.newPack.yaml) as Record<string, unknown>) : undefined;
  return { ...r, errors, rendered, manifest };
}

describe('numbering read off the report, per level', { timeout: 60_000 }, () => {
  it('items numbered 1. run in (no （一） level), 一是 inline after their titles', () => {
    const r = learned(ITEMS_ARABIC, nationalOnly());
    expect(r.manifest?.numbering).toEqual({ part: { layout: 'own-line' }, item: { style: '1.', layout: 'run-in' }, point: { style: '一是', layout: 'inline' } });
    expect(r.data.measures).toMatchObject({ items: [{ title: '强化组织领导', points: ['调整法治建设领导小组', '每季度听取法治工作汇报'] }, { title: '规范执法行为' }, { title: '化解矛盾纠纷' }] });
  });

  it('items numbered 1. with （1） points under them', () => {
    const r = learned(ITEMS_ARABIC_POINTS_PAREN, catalog);
    expect(r.manifest?.numbering).toMatchObject({ item: { style: '1.', layout: 'run-in' }, point: { style: '（1）', layout: 'paragraphs' } });
    expect(r.data.measures).toMatchObject({ items: [{ title: '强化组织领导', text: '县政府常务会议专题研究法治工作4次。', points: [{ title: '健全领导机制' }, { title: '落实学法制度' }] }, { title: '规范行政执法' }] });
  });

  it('items numbered 1. as heading lines with （1） points under them, the next part 一是 inline', () => {
    const r = learned(ITEM_LINES_POINTS_PAREN, nationalOnly());
    expect(r.manifest?.numbering).toMatchObject({ item: { style: '1.', layout: 'own-line' }, point: { style: '（1）', layout: 'paragraphs' } });
    expect(r.manifest?.parts).toEqual({ shortcomings: { numbering: { point: { style: '一是', layout: 'inline' } } } });
    expect(r.data.measures).toMatchObject({ items: [{ title: '强化组织领导', points: [{ title: '健全领导机制' }, { title: '落实学法制度' }] }, { title: '规范行政执法' }] });
  });

  it('（一） on its own line, （1） points one paragraph each', () => {
    const r = learned(POINTS_PAREN, nationalOnly());
    expect(r.manifest?.numbering).toMatchObject({ item: { style: '（一）', layout: 'own-line' }, point: { style: '（1）', layout: 'paragraphs' } });
    expect(r.data.measures).toMatchObject({ items: [{ title: '深化放管服改革', points: [{ title: '推进一网通办' }, { title: '优化营商环境' }] }, {}] });
  });

  it('（一） run in, ① points', () => {
    const r = learned(POINTS_CIRCLED, nationalOnly());
    expect(r.manifest?.numbering).toMatchObject({ item: { style: '（一）', layout: 'run-in' }, point: { style: '①', layout: 'paragraphs' } });
  });

  it('1. points that count on through the part (3. under （二）), restarting in the next part', () => {
    const r = learned(POINTS_CONTINUOUS, nationalOnly());
    expect(r.manifest?.numbering).toMatchObject({ item: { style: '（一）', layout: 'own-line' }, point: { style: '1.', layout: 'paragraphs', continuous: true } });
  });

  it('1、 headings on their own line under thematic first-level headings, their text below', () => {
    const r = learned(ITEMS_OWN_LINE_THEMATIC, nationalOnly());
    expect(r.manifest?.numbering).toMatchObject({ item: { style: '1、', layout: 'own-line' }, point: { style: '一是', layout: 'inline' } });
    expect(r.data.measures).toMatchObject({ sections: [{ title: '坚持党的领导，法治建设责任进一步压实', items: [{ title: '健全领导机制', text: '镇党委定期研究法治建设工作，全年专题研究3次。' }, {}] }, {}] });
  });

  it('first-level headings run into their paragraph', () => {
    const r = learned(PARTS_RUN_IN, nationalOnly());
    expect(r.manifest?.numbering).toMatchObject({ part: { layout: 'run-in' }, point: { style: '一是', layout: 'inline' } });
  });

  it('a part that numbers a level otherwise gets its own numbering (parts.<key>.numbering)', () => {
    const r = learned(MIXED_BY_PART, nationalOnly());
    expect(r.manifest).toMatchObject({
      numbering: { item: { style: '（一）', layout: 'own-line' }, point: { style: '1.', layout: 'paragraphs' } },
      parts: { shortcomings: { numbering: { point: { style: '一是', layout: 'inline' } } }, plans: { numbering: { point: { style: '一是', layout: 'inline' } } } },
    });
    expect(r.manifest?.parts).not.toHaveProperty('measures');
  });
});

describe('round trip: import → inferred pack → render gives the report back, line for line', { timeout: 120_000 }, () => {
  for (const [name, text] of Object.entries(NUMBERING_REPORTS)) {
    it(`${name}, with only the national pack to start from`, () => {
      const r = learned(text, nationalOnly());
      expect(r.templateId).toBe('learned');
      expect(r.errors).toEqual([]);
      expect(r.rendered).toEqual(lines(text));
    });

    it(`${name}, with the gallery: a shipped pack that prints it so, or one inferred`, () => {
      const r = learned(text, catalog);
      expect(r.errors).toEqual([]);
      expect(r.rendered).toEqual(lines(text));
    });
  }

  it('the shipped packs win where they print the numbering as the report does (no needless pack)', () => {
    expect(learned(ITEMS_ARABIC, catalog).templateId).toBe('street-office-numbered');
    expect(learned(POINTS_PAREN, catalog).templateId).toBe('district-paren-numbered');
    expect(learned(POINTS_CONTINUOUS, catalog).templateId).toBe('county-three-levels');
  });

  it('a pack that would re-number is said to (1. points printed as 一是), when asked to use it', () => {
    const r = importReport(POINTS_CONTINUOUS, { catalog, template: 'national' });
    expect(r.warnings.join('\n')).toMatch(/“1\.”编号，模板“national”印作“一是”/);
  });
});
