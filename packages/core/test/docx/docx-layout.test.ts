import { writeDocx } from '@fazhi/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { simplified, traditional } from './documents.js';
import { all, attr, first, num, openDocx, readParagraphs, type OpenedDocx, type ReadParagraph } from './open-docx.js';

// Expected values come from GB/T 9704-2012 itself, not from the writer's constants.
const mm = (x: number) => (x * 1440) / 25.4; // twips
const near = (actual: number, mmExpected: number, mmTolerance = 0.5) => expect(Math.abs(actual - mm(mmExpected))).toBeLessThanOrEqual(mm(mmTolerance));

let docx: OpenedDocx;
let paragraphs: ReadParagraph[];
beforeAll(async () => {
  docx = openDocx(await writeDocx(simplified));
  paragraphs = readParagraphs(docx.xml('word/document.xml'));
});

const paragraph = (start: string) => {
  const p = paragraphs.find((x) => x.text.startsWith(start));
  if (!p) throw new Error(`no paragraph starting ${start}; have ${paragraphs.map((x) => x.text.slice(0, 8)).join(' | ')}`);
  return p;
};
const faces = (p: ReadParagraph, i = 0) => p.runs[i]!.fonts;
const sameFaceInEverySlot = (fonts: Record<string, string>, face: string) => expect(fonts).toMatchObject({ ascii: face, hAnsi: face, eastAsia: face });

describe('docx page (GB/T 9704 5.2, 5.2.2)', () => {
  it('A4 portrait with margins top 37, bottom 35, left 28, right 26 mm: a 156 × 225 mm type area', () => {
    const sect = first(docx.xml('word/document.xml'), 'w:sectPr')!;
    near(num(sect, 'w:pgSz', 'w:w'), 210, 0.1);
    near(num(sect, 'w:pgSz', 'w:h'), 297, 0.1);
    near(num(sect, 'w:pgMar', 'w:top'), 37);
    near(num(sect, 'w:pgMar', 'w:bottom'), 35);
    near(num(sect, 'w:pgMar', 'w:left'), 28);
    near(num(sect, 'w:pgMar', 'w:right'), 26);
    near(num(sect, 'w:pgSz', 'w:w') - num(sect, 'w:pgMar', 'w:left') - num(sect, 'w:pgMar', 'w:right'), 156);
    near(num(sect, 'w:pgSz', 'w:h') - num(sect, 'w:pgMar', 'w:top') - num(sect, 'w:pgMar', 'w:bottom'), 225);
  });

  it('a line grid of exactly 22 lines, and 3号 characters spaced so that exactly 28 fit a line', () => {
    const sect = first(docx.xml('word/document.xml'), 'w:sectPr')!;
    const height = num(sect, 'w:pgSz', 'w:h') - num(sect, 'w:pgMar', 'w:top') - num(sect, 'w:pgMar', 'w:bottom');
    const width = num(sect, 'w:pgSz', 'w:w') - num(sect, 'w:pgMar', 'w:left') - num(sect, 'w:pgMar', 'w:right');
    expect(attr(sect, 'w:docGrid', 'w:type')).toBe('lines');
    const pitch = num(sect, 'w:docGrid', 'w:linePitch');
    expect(Math.floor(height / pitch)).toBe(22);
    const normal = all(docx.xml('word/styles.xml'), 'w:style').find((s) => s.attribs['w:styleId'] === 'Normal')!;
    expect(num(normal, 'w:sz', 'w:val')).toBe(32); // 3号 = 16 pt
    const advance = 320 + num(first(normal, 'w:rPr'), 'w:spacing', 'w:val');
    expect(Math.floor(width / advance)).toBe(28);
    for (const slot of ['w:ascii', 'w:hAnsi', 'w:eastAsia']) expect(attr(normal, 'w:rFonts', slot)).toBe('仿宋_GB2312');
  });

  it('document properties carry the title and the jurisdiction', () => {
    const core = docx.parts['docProps/core.xml']!;
    expect(core).toContain(`<dc:title>${simplified.meta.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${simplified.meta.jurisdiction}</dc:creator>`);
  });
});

describe('docx faces and sizes per role (GB/T 9704 7.2, 7.3)', () => {
  it('title: 2号 方正小标宋简体, centred, broken into a trapezoid at the jurisdiction', () => {
    const title = paragraphs[0]!;
    expect(title.jc).toBe('center');
    expect(title.runs.map((r) => r.text)).toEqual(['海安高新技术产业开发区', '2023年法治政府建设情况报告']);
    for (const r of title.runs) {
      expect(r.size).toBe(44);
      sameFaceInEverySlot(r.fonts, '方正小标宋简体');
    }
    expect(all(docx.xml('word/document.xml'), 'w:br')).toHaveLength(1);
  });

  it('salutation: flush left (顶格), 仿宋', () => {
    const p = paragraph('中共海安市委');
    expect(p.ind.firstLine ?? 0).toBe(0);
    sameFaceInEverySlot(faces(p), '仿宋_GB2312');
  });

  it('body: 3号 仿宋_GB2312, first line indented two characters, justified', () => {
    for (const start of ['2023年，高新区', '全年开展', '2024年，高新区']) {
      const p = paragraph(start);
      expect(p.jc).toBe('both');
      expect(p.ind.firstLineChars).toBe(200);
      expect(p.ind.firstLine).toBeGreaterThanOrEqual(2 * 315);
      expect(p.ind.firstLine).toBeLessThanOrEqual(2 * 320);
      for (const r of p.runs) {
        sameFaceInEverySlot(r.fonts, '仿宋_GB2312');
        expect(r.size ?? 32).toBe(32);
        expect(r.bold).toBe(false);
      }
    }
  });

  it('headings: 一、 黑体, （一） 楷体_GB2312, 1. 仿宋 bold, （1） 仿宋; all 3号, indented like the body', () => {
    const expected: [string, string, boolean][] = [
      ['一、2023年度', '黑体', false],
      ['（二）深化法治宣传', '楷体_GB2312', false],
      ['1.开展', '仿宋_GB2312', true],
      ['（1）送法进企业', '仿宋_GB2312', false],
    ];
    for (const [start, face, bold] of expected) {
      const p = paragraph(start);
      sameFaceInEverySlot(faces(p), face);
      expect(p.runs[0]!.bold, start).toBe(bold);
      expect(p.runs[0]!.size ?? 32).toBe(32);
      expect(p.ind.firstLineChars).toBe(200);
    }
    const levels = Object.fromEntries(
      all(docx.xml('word/document.xml'), 'w:p')
        .filter((p) => first(p, 'w:outlineLvl'))
        .map((p) => [readParagraphs(p)[0]!.text.slice(0, 4), num(p, 'w:outlineLvl', 'w:val')]),
    );
    expect(levels).toEqual({ '一、20': 0, '（二）深': 1, '1.开展': 2, '（1）送': 3 });
  });

  it('a run-in （一） heading: only the heading run is 楷体, the rest of the paragraph is body text', () => {
    const p = paragraph('（一）坚持规范执法');
    expect(p.runs.map((r) => r.text)).toEqual(['（一）坚持规范执法，提高工作效能。', '一是树立用人导向，强化行政执法队伍建设。二是树立创新导向。']);
    sameFaceInEverySlot(faces(p, 0), '楷体_GB2312');
    sameFaceInEverySlot(faces(p, 1), '仿宋_GB2312');
  });

  it('signature: right-aligned two characters in, the date below starting two characters right of the organisation', () => {
    const org = paragraph('海安高新技术产业开发区管理委员会');
    const date = paragraph('2024年3月19日');
    expect([org.jc, date.jc]).toEqual(['right', 'right']);
    const char = org.ind.right! / 2;
    expect(char).toBeGreaterThan(310);
    expect(char).toBeLessThan(321);
    // Organisation 16 characters; date 3 + 7 digits (half width) = 6.5 characters.
    const orgStart = org.ind.right! + 16 * char;
    const dateStart = date.ind.right! + 6.5 * char;
    expect(Math.round((orgStart - dateStart) / char)).toBe(2);
  });
});

describe('docx page numbers (GB/T 9704 7.5)', () => {
  const footer = (type: string) => {
    const doc = docx.xml('word/document.xml');
    const ref = all(doc, 'w:footerReference').find((r) => r.attribs['w:type'] === type);
    const target = all(docx.xml('word/_rels/document.xml.rels'), 'Relationship').find((r) => r.attribs.Id === ref?.attribs['r:id'])?.attribs.Target;
    return { xml: docx.parts[`word/${target}`]!, paragraph: readParagraphs(docx.xml(`word/${target}`))[0]! };
  };

  it('odd and even pages have their own footers, and Word is told to use them', () => {
    expect(docx.parts['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\/?>|<w:evenAndOddHeaders w:val="(true|1)"\/>/);
    expect(footer('default').xml).not.toBe(footer('even').xml);
  });

  it.each([
    ['default', 'right'],
    ['even', 'left'],
  ])('%s footer: “— PAGE —” in 4号 宋体, %s-aligned one character in', (type, side) => {
    const { xml, paragraph: p } = footer(type);
    expect(xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE\s*"/);
    expect(p.jc).toBe(side);
    expect(p.ind[side]).toBeGreaterThan(300);
    expect(p.ind[side]).toBeLessThan(330);
    expect(p.text.replace(/\d+/g, '')).toBe('—  —');
    for (const r of p.runs.filter((x) => x.text)) {
      expect(r.size).toBe(28);
      sameFaceInEverySlot(r.fonts, '宋体');
    }
  });
});

describe('docx in traditional script', () => {
  it('keeps the traditional text and names GBK faces that have traditional glyphs, with a Chinese (Taiwan) language tag', async () => {
    const opened = openDocx(await writeDocx(traditional));
    const ps = readParagraphs(opened.xml('word/document.xml'));
    expect(ps[0]!.runs.map((r) => r.text).join('')).toBe('陸渡街道辦事處2023年度法治政府建設年度報告');
    sameFaceInEverySlot(ps[0]!.runs[0]!.fonts, '方正小标宋_GBK');
    sameFaceInEverySlot(ps.find((p) => p.text.startsWith('一、'))!.runs[0]!.fonts, '黑体');
    sameFaceInEverySlot(ps.find((p) => p.text.startsWith('一是'))!.runs[0]!.fonts, '仿宋');
    expect(opened.parts['word/styles.xml']).toContain('w:eastAsia="zh-TW"');
    expect(opened.parts['word/document.xml']).not.toContain('GB2312');
  });
});
