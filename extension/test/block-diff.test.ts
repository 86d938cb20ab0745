import { describe, expect, test } from 'vitest';
import { blockKey, diffPages, keyed, type PreviewPage } from '../src/preview/block-diff.js';

/** A page of paragraphs as the server writes them: [text, source start, source end]. */
function page(blocks: Array<[string, number, number] | [string]>, style = 'p{}', lang = 'zh-Hans'): PreviewPage {
  return {
    lang,
    style,
    blocks: blocks.map(([text, start, end], i) =>
      start === undefined ? `<h1 data-block="${i}">${text}</h1>` : `<p class="point" data-block="${i}" data-src-start="${start}" data-src-end="${end}">${text}</p>`,
    ),
  };
}

const diff = (a: PreviewPage, b: PreviewPage) => diffPages(keyed(a), keyed(b));

describe('diffPages', () => {
  const before = page([['标题'], ['一是甲。', 10, 20], ['二是乙。', 30, 40], ['三是丙。', 50, 60]]);

  test('typing in one paragraph replaces that block alone; the blocks after it only move their source ranges', () => {
    const after = page([['标题'], ['一是甲。', 10, 20], ['二是乙乙。', 30, 41], ['三是丙。', 51, 61]]);
    expect(diff(before, after)).toEqual({ from: 2, remove: 1, insert: [after.blocks[2]], sources: [-1, -1, 10, 20, 30, 41, 51, 61], figures: [[], [], [], []] });
  });

  test('an edit that changes no printed text (a comment) is an empty patch that still moves the ranges', () => {
    const after = page([['标题'], ['一是甲。', 12, 22], ['二是乙。', 32, 42], ['三是丙。', 52, 62]]);
    expect(diff(before, after)).toMatchObject({ from: 4, remove: 0, insert: [], sources: [-1, -1, 12, 22, 32, 42, 52, 62] });
  });

  test('a new entry inserts a block, a removed one removes it; the indices after it follow', () => {
    const inserted = page([['标题'], ['一是甲。', 10, 20], ['【待填写】', 21, 30], ['二是乙。', 31, 41], ['三是丙。', 51, 61]]);
    expect(diff(before, inserted)).toMatchObject({ from: 2, remove: 0, insert: [inserted.blocks[2]] });
    expect(diff(inserted, before)).toMatchObject({ from: 2, remove: 1, insert: [] });
  });

  test('the same text in two places: the run between prefix and suffix never overlaps', () => {
    const a = page([['甲', 0, 1], ['甲', 2, 3]]);
    const b = page([['甲', 0, 1], ['甲', 2, 3], ['甲', 4, 5]]);
    expect(diff(a, b)).toMatchObject({ from: 2, remove: 0, insert: [b.blocks[2]] });
    expect(diff(b, a)).toMatchObject({ from: 2, remove: 1, insert: [] });
  });

  test('another style sheet, another script or no block left in place is a full replace', () => {
    expect(diff(before, page([['标题'], ['一是甲。', 10, 20]], 'h1{}'))).toBeUndefined();
    expect(diff(before, page([['標題'], ['一是甲。', 10, 20]], 'p{}', 'zh-Hant'))).toBeUndefined();
    expect(diff(before, page([['另一份报告'], ['其他。', 10, 20]]))).toBeUndefined();
  });

  test('from or to an empty page is a patch of everything', () => {
    const empty = page([]);
    expect(diff(empty, before)).toMatchObject({ from: 0, remove: 0, insert: before.blocks, sources: [-1, -1, 10, 20, 30, 40, 50, 60] });
    expect(diff(before, empty)).toEqual({ from: 0, remove: 4, insert: [], sources: [], figures: [] });
  });

  test('figures moved by an edit before their stats entry change no look: the patch carries their new ranges', () => {
    const figure = (start: number, value: string) => `<span class="fz-figure" data-figure="study" data-figure-start="${start}" data-figure-end="${start + 2}" title="学法（\${study}）">${value}</span>`;
    const block = (i: number, text: string, start: number, fig: number) => `<p class="point" data-block="${i}" data-src-start="${start}" data-src-end="${start + 9}">${text}${figure(fig, '12')}次。</p>`;
    const a: PreviewPage = { lang: 'zh-Hans', style: '', blocks: [block(0, '学法', 10, 500), block(1, '普法', 30, 500), '<p class="closing" data-block="2">完</p>'] };
    const b: PreviewPage = { lang: 'zh-Hans', style: '', blocks: [block(0, '学法', 10, 501), block(1, '普法啊', 30, 501), '<p class="closing" data-block="2">完</p>'] };
    expect(diff(a, b)).toEqual({ from: 1, remove: 1, insert: [b.blocks[1]], sources: [10, 19, 30, 39, -1, -1], figures: [[501, 503], [501, 503], []] });
  });

  test('a block is compared by its look: index and source offsets aside, markup and text count', () => {
    expect(blockKey('<p class="a" data-block="3" data-src-start="1" data-src-end="9">甲</p>')).toBe('<p class="a">甲</p>');
    expect(blockKey('<h2 data-level="1" data-block="3">一、甲</h2>')).not.toBe(blockKey('<h2 data-level="2" data-block="3">一、甲</h2>'));
    // Text is escaped by the renderer, so it never looks like an attribute.
    expect(blockKey('<p data-block="1">data-block=&quot;2&quot;</p>')).toBe('<p>data-block=&quot;2&quot;</p>');
  });
});
