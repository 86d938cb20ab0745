import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { blockText, parseReport, renderReport, writeHtml, writeText, type ParagraphBlock } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { catalog, repoRoot, source } from '../helpers.js';

const render = (text: string, markFigures: boolean) => {
  const result = renderReport(parseReport(text, { source: 'test.yaml' }), catalog, { markFigures });
  if (!result.document) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.document;
};

const examples = readdirSync(resolve(repoRoot, 'examples')).filter((f) => f.endsWith('.yaml'));

describe('figures marked for the preview (markFigures)', () => {
  it.each(examples)('%s: prints the same text, marked or not, and no mark leaks into any block', (file) => {
    const text = readFileSync(resolve(repoRoot, 'examples', file), 'utf8');
    const plain = render(text, false);
    const marked = render(text, true);
    expect(marked.blocks.map(blockText)).toEqual(plain.blocks.map(blockText));
    expect(marked.meta).toEqual(plain.meta);
    expect(JSON.stringify(marked)).not.toMatch(/[\uE000-\uF8FF]/);
    expect(writeText(marked)).toBe(writeText(plain));
    expect(writeHtml(marked)).toBe(writeHtml(plain));
    // Every example names figures in its prose: each is a run of its own in the marked render.
    const figureRuns = marked.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs.filter((r) => r.figure) : []));
    expect(figureRuns.length).toBeGreaterThan(0);
  });

  const yaml = source`
    template: national
    year: 2023
    jurisdiction: { name: 测试区, kind: district }
    preamble: 共召开会议${'${meetings}'}次,审查文件${'${files.reviewed}'}件。
    measures:
      items:
        - title: 办理${'${meetings}'}次会议
          text: 受理复议${'${files.reviewed}'}件。
    stats:
      meetings:
        value: 12
        label: 常务会议
      files:
        reviewed: 8
  `;

  it('a figure in prose is a run naming it, with its label and its stats entry; punctuation rules ran as printed', () => {
    const doc = render(yaml, true);
    const preamble = doc.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.role === 'preamble')!;
    expect(preamble.runs.map((r) => r.text).join('')).toBe('共召开会议12次，审查文件8件。');
    const figures = preamble.runs.filter((r) => r.figure);
    expect(figures.map((r) => [r.text, r.figure!.name, r.figure!.label])).toEqual([
      ['12', 'meetings', '常务会议'],
      ['8', 'files.reviewed', undefined],
    ]);
    // The range is the entry's value in `stats:`, where a click in the preview takes the writer.
    const [meetings, reviewed] = figures.map((r) => r.figure!.source!);
    expect(yaml.slice(meetings!.start, meetings!.end)).toBe('12');
    expect(yaml.slice(reviewed!.start, reviewed!.end)).toBe('8');
  });

  it('the preview HTML sets a figure apart with its label and name; the printed HTML does not', () => {
    const doc = render(yaml, true);
    const preview = writeHtml(doc, { preview: true });
    expect(preview).toMatch(/<span class="fz-figure" data-figure="meetings" data-figure-start="\d+" data-figure-end="\d+" title="常务会议（\$\{meetings\}）">12<\/span>/);
    expect(preview).toContain('title="${files.reviewed}">8</span>');
    expect(preview).toContain('.fz-figure');
    const printed = writeHtml(doc);
    expect(printed).not.toContain('fz-figure');
    expect(printed).toBe(writeHtml(render(yaml, false)));
  });

  it('a figure in a run-in heading is marked too and stays part of the heading (not editable text)', () => {
    const doc = render(yaml, true);
    const item = doc.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.runs.some((r) => r.heading))!;
    expect(item.runs.map((r) => [r.text, r.heading, r.figure?.name])).toEqual([
      ['（一）办理', 2, undefined],
      ['12', 2, 'meetings'],
      ['次会议。', 2, undefined],
      ['受理复议', undefined, undefined],
      ['8', undefined, 'files.reviewed'],
      ['件。', undefined, undefined],
    ]);
  });
});
