import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeMarkdown, type ReportDocument, type Run } from '@fazhi/core';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';
import { documentOf } from './render-helpers.js';

/**
 * The Markdown writer's output read back by a real CommonMark parser (markdown-it, with GFM's strike-through
 * and tables on, as wikis and code hosts have them): data can never become a list, a rule, a code block,
 * strike-through, an entity or a link, and a run-in heading is really bold. The parsed HTML is asserted, not
 * the Markdown string.
 */
const md = new MarkdownIt('default', { html: true, linkify: false });

const docOf = (...paragraphs: Array<string | Run[]>): ReportDocument => ({
  script: 'zh-Hans',
  templateId: 'national',
  meta: { year: 2023, jurisdiction: '测试区', title: 't' },
  blocks: paragraphs.map((p) => ({ kind: 'paragraph', role: 'body', runs: typeof p === 'string' ? [{ text: p }] : p })),
});

/** The parsed document as a list of [element, text] per block: only paragraphs, and each one's text as written. */
function blocks(markdown: string): string[] {
  return md
    .render(markdown)
    .trim()
    .split('\n')
    .filter((l) => l !== '');
}

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const HOSTILE = [
  '- x',
  '+ x',
  '* x',
  '1) x',
  '1. x',
  '2023. 年',
  '---',
  '***',
  '___',
  '===',
  '~~~',
  '```',
  '~~x~~',
  '&amp; &lt; &#65;',
  '# 不是标题',
  '> 不是引用',
  '    四个空格',
  '[链接](http://example.com)',
  '<b>粗</b>',
  '<http://example.com>',
  '| a | b |',
  '*强调* _强调_ **粗** `代码`',
  'a\\*b\\',
  '第一行\n- 第二行\n---\n    第四行\n===',
];

describe('Markdown read back by a CommonMark parser', () => {
  it.each(HOSTILE)('data %j stays one paragraph of its own text', (text) => {
    const parsed = blocks(writeMarkdown(docOf(text)));
    const expected = text
      .split('\n')
      .map((l) => l.replace(/^[ \t]+/, ''))
      .join('\n');
    expect(parsed.join('\n')).toBe(`<p>${html(expected)}</p>`);
  });

  it('a later paragraph is not swallowed by a fence opened in data (`~~~`)', () => {
    expect(blocks(writeMarkdown(docOf('~~~', '后面的段落')))).toEqual(['<p>~~~</p>', '<p>后面的段落</p>']);
  });

  it.each([
    ['at the start, ending in 。 before text', [{ text: '（一）坚持党的全面领导。', heading: 2 }, { text: '正文' }], '<p><strong>（一）坚持党的全面领导</strong>。正文</p>'],
    ['after text, after 。', [{ text: '正文。' }, { text: '二是强化建设。', heading: 3 }, { text: '正文' }], '<p>正文。<strong>二是强化建设</strong>。正文</p>'],
    ['after a letter, starting with （', [{ text: '正文' }, { text: '（二）标题：', heading: 2 }, { text: '正文' }], '<p>正文（<strong>二）标题</strong>：正文</p>'],
    ['before punctuation: keeps its 。', [{ text: '（三）标题。', heading: 2 }, { text: '“引文”' }], '<p><strong>（三）标题。</strong>“引文”</p>'],
    ['alone in its paragraph', [{ text: '（四）单独。', heading: 2 }], '<p><strong>（四）单独。</strong></p>'],
    ['with escaped syntax at its edge', [{ text: '（五）*标题*', heading: 2 }, { text: '正文' }], '<p><strong>（五）*标题</strong>*正文</p>'],
  ] as const)('a run-in heading is bold %s', (_how, runs, expected) => {
    expect(blocks(writeMarkdown(docOf([...runs])))).toEqual([expected]);
  });

  it('every run-in heading of haian-2023 renders bold (0 of 6 did before)', () => {
    const doc = documentOf(readFileSync(join(repoRoot, 'examples', 'haian-2023.yaml'), 'utf8'));
    const runIns = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs.filter((r) => r.heading !== undefined) : []));
    const parsed = md.render(writeMarkdown(doc));
    expect(runIns.length).toBe(6);
    expect(parsed.match(/<strong>/g)?.length).toBe(runIns.length);
    expect(parsed).not.toContain('**');
    for (const r of runIns) expect(parsed).toContain(`<strong>${r.text.replace(/[。：:；]$/, '')}</strong>`);
  });
});
