import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPage, parseReport, renderReport, RenderMemo, type TemplateCatalog } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { chunkEnds } from '../../src/render/read-html-chunks.js';
import { catalog, repoRoot } from '../helpers.js';
import { catalogWith } from './pack-host.js';

// A preview renders one report after each edit with a memo (render-memo.ts) that reuses what the data did not change:
// every render with it must be exactly a render without it. Random edits (text typed anywhere, lines dropped or
// doubled, figures referenced or changed, the whole undone) of every pack's example, compared render by render.

const templates = join(repoRoot, 'templates');
const PACKS = readdirSync(templates).filter((id) => existsSync(join(templates, id, 'example.yaml')));

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPED = ['改', '依法行政', '，', '。', ' ', '\n', '${study}', '${reconsideration.received}', '${nowhere}', '"', ':', '- ', '1'];

function edit(text: string, original: string, next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const lines = text.split('\n');
  const line = Math.floor(next() * lines.length);
  switch (Math.floor(next() * 7)) {
    case 0: // a line dropped: the entries after it renumber
      return lines.filter((_, i) => i !== line).join('\n');
    case 1: // a line doubled: an entry more
      return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n');
    case 2: // a figure's value changed
      return text.replace(/(received|study|accepted): \d+/, (_, name: string) => `${name}: ${Math.floor(next() * 100)}`);
    case 3: // back to where it started: what the memo kept from long ago must still be right
      return original;
    default: {
      // typing inside a line, most often inside its value
      const l = lines[line] ?? '';
      const colon = l.indexOf(': ');
      const at = colon >= 0 && next() < 0.8 ? colon + 2 + Math.floor(next() * (l.length - colon - 1)) : Math.floor(next() * (l.length + 1));
      lines[line] = l.slice(0, at) + pick(TYPED) + l.slice(at);
      return lines.join('\n');
    }
  }
}

function compare(text: string, templatesFor: TemplateCatalog, memo: RenderMemo, markFigures: boolean) {
  const parsed = parseReport(text, { source: 'report.yaml' });
  const full = renderReport(parsed, templatesFor, { markFigures });
  const memoised = renderReport(parsed, templatesFor, { markFigures, memo });
  expect(JSON.stringify({ ...memoised, templateError: memoised.templateError?.message })).toBe(JSON.stringify({ ...full, templateError: full.templateError?.message }));
  if (full.document && memoised.document) expect(htmlPage(memoised.document, true).blocks).toEqual(htmlPage(full.document, true).blocks);
  return full;
}

function walk(original: string, templatesFor: TemplateCatalog, seed: number, edits: number) {
  const next = random(seed);
  const memos = [new RenderMemo(), new RenderMemo()];
  let text = original;
  let good = original;
  let rendered = 0;
  for (let i = 0; i < edits; i++) {
    text = edit(text, original, next);
    // Both memos see every version, one marking figures as a preview does, one not.
    const ok = compare(text, templatesFor, memos[0] as RenderMemo, true).document !== undefined;
    compare(text, templatesFor, memos[1] as RenderMemo, false);
    // A version that does not render is typed on for a while, then the writer goes back to the last one that did.
    if (ok) (rendered++, (good = text));
    else if (next() < 0.5) text = good;
  }
  return rendered;
}

describe('a render with a memo is a render without one', () => {
  it.each(PACKS)('%s: random edits of its example', (id) => {
    const original = readFileSync(join(templates, id, 'example.yaml'), 'utf8');
    const rendered = walk(original, catalog, id.length * 7919, 40);
    // The edits must leave most versions renderable, or the comparison compares little.
    expect(rendered).toBeGreaterThan(20);
  }, 60_000); // 40 versions rendered three ways: ~0.5 s on a quiet machine, over 5 s when CI runs every suite at once

  // Partials whose output is not a function of their context alone: they must run every time.
  const probes = catalogWith({
    'memo-probe': {
      'template.yaml': 'id: memo-probe\nname: 探针\nextends: national\n',
      // @root and a helper reading the whole view (figure), in a partial called once per heading.
      'partials/part-heading.hbs': '{{~#if run_in}}{{> number}}{{punctuate heading "。"}}{{else}}<h2 data-src="{{src}}" data-level="{{level}}">{{> number}}{{heading}}{{@root.year}}（{{figure "reconsideration.received"}}）</h2>{{/if~}}',
      // @index of the caller's loop, read inside the partial.
      'partials/point.hbs': '<p data-src="{{src}}">{{@index}}{{#if title}}{{> run-in}}{{else}}{{> number}}{{/if}}{{punctuate text "。"}}</p>',
    },
    'memo-inline': {
      'template.yaml': 'id: memo-inline\nname: 探针二\nextends: national\n',
      // An inline partial: what `{{> number}}` prints depends on the caller, so nothing is memoised.
      'partials/item.hbs': '{{#*inline "number"}}〔{{n}}〕{{/inline}}<p data-src="{{src}}">{{> number}}{{title}}{{text}}</p>{{> points}}',
    },
  });
  it.each(['memo-probe', 'memo-inline'])('%s: partials that read more than their context', (id) => {
    const original = readFileSync(join(templates, 'national', 'example.yaml'), 'utf8').replace('template: national', `template: ${id}`);
    expect(walk(original, probes, 17, 40)).toBeGreaterThan(20);
    const year = renderReport(parseReport(original.replace('year: 2023', 'year: 2031')), probes, { memo: new RenderMemo() });
    if (id === 'memo-probe') expect(year.html).toContain('2031');
  }, 60_000);
});

describe('cutting the template output into pieces read alone (chunkEnds)', () => {
  it('cuts after each block when only <section>s are open', () => {
    const html = '<h1 data-src="title">题</h1>\n<section>\n<h2>一、</h2>\n<p>甲<strong data-level="2">乙</strong></p>\n</section>\n';
    expect(chunkEnds(html)).toEqual([html.indexOf('</h1>') + 5, html.indexOf('</h2>') + 5, html.indexOf('</p>') + 4]);
  });

  it.each([
    ['a comment', '<p>甲</p><!-- x --><p>乙</p>'],
    ['a tag outside the vocabulary', '<div><p>甲</p></div>'],
    ['a block the parser closes by itself', '<p>甲<h2>乙</h2></p>'],
    ['an end tag out of order', '<p><strong>甲</p></strong>'],
    ['a self-closing tag', '<p>甲<br/></p>'],
    ['an unclosed block', '<p>甲'],
    ['a bare <', '<p>1 < 2</p>'],
  ])('reads the whole when the output has %s', (_, html) => {
    expect(chunkEnds(html)).toBeUndefined();
  });
});

describe('what an edit re-renders', () => {
  it('typing in one measure re-prints, re-runs and re-reads that measure only', () => {
    const example = readFileSync(join(templates, 'national', 'example.yaml'), 'utf8');
    // Forty measures: the example's first one, numbered.
    const measure = example.slice(example.indexOf('    - title: 坚持党的领导'), example.indexOf('    - title: 严格规范'));
    const many = example.replace(measure, Array.from({ length: 40 }, (_, i) => measure.replace('强化组织领导', `强化组织领导${i}`)).join(''));
    const memo = new RenderMemo();
    const render = (text: string) => renderReport(parseReport(text), catalog, { markFigures: true, memo });
    render(many);
    const partsBefore = memo.partials.made;
    const edited = render(many.replace('强化组织领导17', '强化组织领导17改'));
    expect(partsBefore).toBeGreaterThan(200);
    // The changed point's text; its point, its measure (item) and the part around them; nothing else.
    expect(memo.prose.made).toBe(1);
    expect(memo.partials.made).toBeLessThan(12);
    expect(memo.chunks.made).toBe(1);
    expect(JSON.stringify(edited.document)).toBe(JSON.stringify(renderReport(parseReport(many.replace('强化组织领导17', '强化组织领导17改')), catalog, { markFigures: true }).document));
  });
});
