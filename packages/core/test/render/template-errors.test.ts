import { describe, expect, it } from 'vitest';
import { blockText, parseReport, renderReport } from '@fazhi/core';
import { catalogWith } from './pack-host.js';
import { renderText } from './render-helpers.js';

const data = (template: string) => `template: ${template}\nyear: 2023\njurisdiction:\n  name: 测试区\n  kind: district\nmeasures:\n  items:\n    - title: 标题\n`;
const manifest = (id: string) => `id: ${id}\nname: 测试\nextends: national\n`;

/** Renders with one test pack that overrides `files` of national; returns the problem messages. */
function problems(files: Record<string, string>): string[] {
  const templates = catalogWith({ broken: { 'template.yaml': manifest('broken'), ...files } });
  const r = renderText(data('broken'), templates);
  expect(r.document).toBeUndefined();
  return r.problems.map((p) => `${p.code}: ${p.message}`);
}

describe('template errors name the pack file, line and column', () => {
  it('a Handlebars syntax error in a partial', () => {
    const [msg] = problems({ 'partials/item.hbs': '<p>\n  {{#if title}}\n  {{title}\n</p>\n' });
    expect(msg).toMatch(/^template-error: templates\/broken\/partials\/item\.hbs:3:\d+：语法错误/);
  });

  it('a misspelt field (strict mode)', () => {
    const [msg] = problems({ 'partials/item.hbs': '<p>\n{{titel}}</p>\n' });
    expect(msg).toMatch(/^template-error: templates\/broken\/partials\/item\.hbs:2:3：.*titel/);
  });

  it('the fault comes back with its pack file, line and column for an editor to mark', () => {
    const templates = catalogWith({ broken: { 'template.yaml': manifest('broken'), 'partials/item.hbs': '<p>\n{{titel}}</p>\n' } });
    const { templateError } = renderText(data('broken'), templates);
    expect(templateError).toMatchObject({ templateId: 'broken', file: 'partials/item.hbs', line: 2, column: 3 });
  });

  it('renders with another pack than the data names when asked (a maintainer previewing the pack they edit)', () => {
    const templates = catalogWith({ other: { 'template.yaml': manifest('other'), 'partials/item.hbs': '<p data-src="{{src}}">另一个：{{title}}</p>\n' } });
    const parsed = parseReport(data('national'));
    const text = (pack?: string) => renderReport(parsed, templates, pack ? { pack } : {}).document?.blocks.map(blockText).join('\n');
    expect(text()).not.toContain('另一个：标题');
    expect(text('other')).toContain('另一个：标题');
  });

  it('an unknown helper', () => {
    const [msg] = problems({ 'report.hbs': '{{#each units}}\n  {{shout heading}}\n{{/each}}\n' });
    expect(msg).toMatch(/^template-error: templates\/broken\/report\.hbs:2:\d+：.*shout/);
  });

  it('markup outside the vocabulary, located in the file that wrote it', () => {
    const [msg] = problems({ 'partials/item.hbs': '<p data-src="{{src}}">{{title}}</p>\n<div class="x">{{title}}</div>\n' });
    expect(msg).toMatch(/^template-vocabulary: templates\/broken\/partials\/item\.hbs:2:1：<div>/);
  });

  it('nested blocks and stray text', () => {
    const msgs = problems({ 'report.hbs': 'loose text\n<h2><p>x</p></h2>\n' });
    expect(msgs.join('\n')).toMatch(/loose text/);
    expect(msgs.join('\n')).toMatch(/不能嵌套/);
  });

  it("a helper's refusal, located at the call in the partial that makes it", () => {
    const [msg] = problems({ 'partials/item.hbs': '{{!-- an item --}}\n<p data-src="{{src}}">{{title}}\n  {{next-year "明年"}}</p>\n' });
    expect(msg).toBe('template-error: templates/broken/partials/item.hbs:3:3：next-year 需要一个年份');
  });

  it('an element left open (a <section> with no </section>), located at its start tag', () => {
    const [msg, ...rest] = problems({ 'partials/part.hbs': '<section>\n<h2 data-src="{{src}}">{{heading}}</h2>\n{{#each items}}{{> item}}{{/each}}\n' });
    expect(rest).toEqual([]);
    expect(msg).toMatch(/^template-vocabulary: templates\/broken\/partials\/part\.hbs:1:1：<section> 没有对应的结束标签 <\/section>/);
  });

  it('a paragraph the next block closes for it (<p> with no </p>)', () => {
    const msgs = problems({ 'partials/item.hbs': '<p data-src="{{src}}">{{title}}\n<p>{{text}}</p>\n' });
    expect(msgs.join('\n')).toMatch(/<p> 没有对应的结束标签 <\/p>/);
  });

  it('no way to reach prototypes from a template', () => {
    const [msg] = problems({ 'report.hbs': '<p>{{report.constructor.name}}</p>\n' });
    expect(msg).toMatch(/^template-error: templates\/broken\/report\.hbs:1:\d+/);
  });

  it('a broken manifest makes the pack unusable, with the manifest named', () => {
    const templates = catalogWith({ broken: { 'template.yaml': 'id: broken\nname: [\n' } });
    const r = renderText(data('broken'), templates);
    expect(r.problems.map((p) => p.code)).toEqual(['template-broken']);
    expect(r.problems[0]?.message).toContain('templates/broken/template.yaml');
  });
});

describe('data never becomes markup', () => {
  it('escapes HTML in the data on its way through the template', () => {
    const templates = catalogWith({});
    const r = renderText(data('national').replace('title: 标题', 'title: <script>alert(1)</script>标题'), templates);
    const item = r.document?.blocks.find((b) => b.kind === 'paragraph');
    expect(item?.kind === 'paragraph' && item.runs[0]?.text).toBe('（一）<script>alert(1)</script>标题。');
  });
});

describe('template errors in English', () => {
  // Each fault a render can meet in a pack, with `locale: 'en'`: no Chinese but what the pack or data wrote.
  const english = (files: Record<string, string>) => {
    const templates = catalogWith({ broken: { 'template.yaml': manifest('broken'), ...files } });
    const r = renderReport(parseReport(data('broken')), templates, { locale: 'en' });
    expect(r.document).toBeUndefined();
    return { messages: r.problems.map((p) => p.message), fault: r.templateError };
  };
  const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

  it.each([
    ['a syntax error', { 'partials/item.hbs': '<p>\n  {{title}\n</p>\n' }],
    ['a misspelt field', { 'partials/item.hbs': '<p>\n{{titel}}</p>\n' }],
    ['an unknown partial', { 'partials/item.hbs': '{{> itme}}\n' }],
    ['a helper refusing its argument', { 'partials/item.hbs': '<p>{{figure "no.such"}}</p>\n' }],
    ['a non-integer ordinal', { 'partials/item.hbs': '<p>{{cn-numeral "x"}}</p>\n' }],
    ['a partial including itself', { 'partials/item.hbs': '{{> item}}\n' }],
    ['markup outside the vocabulary', { 'partials/item.hbs': '<div>{{title}}</div>\n' }],
    ['a block inside a block', { 'partials/item.hbs': '<h2><p>{{title}}</p></h2>\n' }],
    ['stray text', { 'partials/item.hbs': '{{title}}\n' }],
    ['a bad attribute', { 'partials/item.hbs': '<p style="x">{{title}}</p>\n' }],
  ])('%s', (_, files) => {
    const { messages, fault } = english(files);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m.replace(/“[^”]*”|"[^"]*"|templates\/\S+/g, ''), m).not.toMatch(CJK);
    if (fault) expect(fault.messageEn.replace(/“[^”]*”|"[^"]*"/g, '')).not.toMatch(CJK);
  });
});
