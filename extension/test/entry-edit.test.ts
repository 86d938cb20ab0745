import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport, TemplateCatalog, validateReport } from '@fazhi/core';
import { createFsTemplateHost } from '@fazhi/core/node';
import { describe, expect, test } from 'vitest';
import { mergeEntryEdit, newItemEdit, splitEntryEdit, type StructureEdit } from '../src/preview/entry-edit.js';

const apply = (yaml: string, e: StructureEdit | undefined) => (e ? yaml.slice(0, e.offset) + e.text + yaml.slice(e.offset + e.length) : undefined);

/** The block's source is the entry from `from` to its end; the preview showed `shown`, caret at the `|`. */
function at(yaml: string, from: string, shownWithCaret: string) {
  const start = yaml.indexOf(from);
  const caret = shownWithCaret.indexOf('|');
  return { start, end: yaml.length, shown: shownWithCaret.replace('|', ''), caret };
}
const split = (yaml: string, from: string, shown: string) => {
  const a = at(yaml, from, shown);
  return splitEntryEdit(yaml, a.start, a.end, a.shown, a.caret);
};
const merge = (yaml: string, from: string, shown: string) => {
  const a = at(yaml, from, shown);
  return mergeEntryEdit(yaml, a.start, a.end, a.shown, a.caret);
};

describe('Enter in the middle of a point splits its entry in two', () => {
  test('a titled point in a folded block: the text after the caret is a sentence point, block style and indentation kept', () => {
    const yaml = 'points:\n  - title: 强化领导\n    text: >-\n      动态调整领导小组，\n      印发年度工作要点。\n  - 下一条\n';
    const e = split(yaml, '- title: 强化领导', '一是强化领导。动态调整领导小组，|印发年度工作要点。');
    expect(apply(yaml, e)).toBe(
      'points:\n  - title: 强化领导\n    text: >-\n      动态调整领导小组，\n  - >-\n      印发年度工作要点。\n  - 下一条\n',
    );
    expect(e!.focus.before).toBe('印发年度工作要点');
    expect(apply(yaml, e)!.slice(e!.focus.offset, e!.focus.offset + 4)).toBe('印发年度');
  });

  test('mid-line in a plain string entry: two string entries', () => {
    const yaml = 'shortcomings:\n  points:\n    - 基层执法力量仍然薄弱，法治宣传有待增强\n';
    expect(apply(yaml, split(yaml, '- 基层', '一是基层执法力量仍然薄弱，|法治宣传有待增强。'))).toBe(
      'shortcomings:\n  points:\n    - 基层执法力量仍然薄弱，\n    - 法治宣传有待增强\n',
    );
  });

  test('a quoted entry stays quoted on both sides', () => {
    const yaml = 'points:\n  - "甲乙\\"丙\\"丁"\n';
    expect(apply(yaml, split(yaml, '- "', '一是甲乙|"丙"丁。'))).toBe('points:\n  - "甲乙"\n  - "\\"丙\\"丁"\n');
    expect(apply(yaml, split(yaml, '- "', '一是甲|乙"丙"丁。'))).toBe('points:\n  - "甲"\n  - "乙\\"丙\\"丁"\n');
  });

  test("an item's text: the second item gets a title to fill in and the item's points go with the text after the caret", () => {
    const yaml =
      'items:\n  - title: 坚持规范执法\n    text: 全面落实三项制度，办理复议案件${cases}件。\n    points:\n      - 甲\n  - title: 下一项\n    text: 乙\n';
    const e = split(yaml, '- title: 坚持', '（一）坚持规范执法。全面落实三项制度，|办理复议案件${cases}件。一是甲。');
    expect(apply(yaml, e)).toBe(
      'items:\n  - title: 坚持规范执法\n    text: 全面落实三项制度，\n  - title: 【待填写】\n    text: 办理复议案件${cases}件。\n    points:\n      - 甲\n  - title: 下一项\n    text: 乙\n',
    );
    expect(e!.focus.before).toBe('办理复议案件');
  });

  test('a point printed inside its item paragraph is the entry split, not the item', () => {
    const yaml = 'items:\n  - title: 项\n    points:\n      - title: 甲\n        text: 甲一甲二\n      - title: 乙\n        text: 乙文\n';
    expect(apply(yaml, split(yaml, '- title: 项', '（一）项。一是甲。甲一|甲二二是乙。乙文。'))).toBe(
      'items:\n  - title: 项\n    points:\n      - title: 甲\n        text: 甲一\n      - 甲二\n      - title: 乙\n        text: 乙文\n',
    );
  });

  test('a figure stays whole: no split inside a reference, and one beside it moves as written', () => {
    const yaml = 'points:\n  - 召开会议${meetings}次，审查文件\n';
    expect(apply(yaml, split(yaml, '- 召开', '一是召开会议${meetings}|次，审查文件。'))).toBe('points:\n  - 召开会议${meetings}\n  - 次，审查文件\n');
    expect(apply(yaml, split(yaml, '- 召开', '一是召开会议${meet|ings}次，审查文件。'))).toBeUndefined();
  });

  test('no split at either end, outside a list, or where the place is not certain', () => {
    const yaml = 'preamble:\n  text: 现将有关情况报告如下：\npoints:\n  - 甲乙\n';
    expect(split(yaml, 'preamble', '现将有关|情况报告如下：')).toBeUndefined();
    expect(split(yaml, '- 甲乙', '一是|甲乙。')).toBeUndefined();
  });

  test("at the end of a point's text, before the template's full stop: a new entry after it, its placeholder selected", () => {
    const yaml = 'points:\n  - title: 甲\n    text: 甲文\n  - 乙\n';
    const e = split(yaml, '- title: 甲', '一是甲。甲文|。二是乙。')!;
    expect(apply(yaml, e)).toBe('points:\n  - title: 甲\n    text: 甲文\n  - 【待填写】\n  - 乙\n');
    expect(e.focus).toMatchObject({ select: '【待填写】' });
  });
});

describe('Backspace at the start of an entry merges it into the one before', () => {
  test('a sentence point into a titled point: the text joins the end of the block scalar', () => {
    const yaml = 'points:\n  - title: 强化领导\n    text: >-\n      动态调整领导小组，\n  - >-\n      印发年度工作要点。\n  - 下一条\n';
    const e = merge(yaml, '- >-', '二是|印发年度工作要点。');
    expect(apply(yaml, e)).toBe('points:\n  - title: 强化领导\n    text: >-\n      动态调整领导小组，印发年度工作要点。\n  - 下一条\n');
    expect(e!.focus.before).toBe('印发年度工作要点');
  });

  test('undoes a split of an item exactly: its points go back with it', () => {
    const yaml = 'items:\n  - title: 坚持规范执法\n    text: 全面落实三项制度，\n  - title: 【待填写】\n    text: 办理复议案件${cases}件。\n    points:\n      - 甲\n';
    expect(apply(yaml, merge(yaml, '- title: 【待填写】', '（二）【待填写】。|办理复议案件${cases}件。一是甲。'))).toBe(
      'items:\n  - title: 坚持规范执法\n    text: 全面落实三项制度，办理复议案件${cases}件。\n    points:\n      - 甲\n',
    );
  });

  test('string entries, and a plain entry into a quoted one (escaped)', () => {
    const yaml = 'points:\n  - 甲\n  - 乙"丙"\n';
    expect(apply(yaml, merge(yaml, '- 乙', '二是|乙"丙"。'))).toBe('points:\n  - 甲乙"丙"\n');
    const quoted = 'points:\n  - "甲"\n  - 乙"丙"\n';
    expect(apply(quoted, merge(quoted, '- 乙', '二是|乙"丙"。'))).toBe('points:\n  - "甲乙\\"丙\\""\n');
  });

  test('nothing is merged that would lose a title, reorder text, or where no entry is before', () => {
    const titled = 'points:\n  - 甲\n  - title: 乙题\n    text: 乙文\n';
    expect(merge(titled, '- title: 乙题', '二是乙题。|乙文。')).toBeUndefined();
    const withPoints = 'items:\n  - title: 甲\n    text: 甲文\n    points:\n      - 点\n  - title: 【待填写】\n    text: 乙文\n';
    expect(merge(withPoints, '- title: 【待填写】', '（二）【待填写】。|乙文。')).toBeUndefined();
    const first = 'points:\n  - 甲\n  - 乙\n';
    expect(merge(first, '- 甲', '一是|甲；')).toBeUndefined();
    expect(merge(first, '- 乙', '二是乙|。')).toBeUndefined(); // not at the start
  });
});

describe('a new item after the item the caret is in', () => {
  const yaml = 'measures:\n  items:\n    - title: 甲项\n      points:\n        - title: 点\n          text: 点文\n    - title: 乙项\n      text: 乙文\nstats: {}\n';

  test('from a point of the item: after the whole item, with its title and the text to fill in selected', () => {
    const e = newItemEdit(yaml, yaml.indexOf('title: 点'), '完善制度建设')!;
    const after = apply(yaml, e)!;
    expect(after).toBe(yaml.replace('          text: 点文\n', '          text: 点文\n    - title: 完善制度建设\n      text: 【待填写】\n'));
    expect(after.slice(e.focus.offset, e.focus.offset + 5)).toBe('【待填写】');
    expect(e.focus.select).toBe('【待填写】');
  });

  test('an empty title is the placeholder; a title that is YAML syntax is quoted', () => {
    expect(apply(yaml, newItemEdit(yaml, yaml.indexOf('乙文'), ''))).toContain('      text: 乙文\n    - title: 【待填写】\n      text: 【待填写】\nstats');
    expect(apply(yaml, newItemEdit(yaml, yaml.indexOf('乙文'), '依法: 行政'))).toContain('- title: "依法: 行政"\n');
  });

  test('outside any item there is none', () => {
    expect(newItemEdit('preamble:\n  text: 开头\n', 12, '题')).toBeUndefined();
  });
});

describe('every point and item text of the examples splits, and merges back to the very same file', () => {
  const templates = fileURLToPath(new URL('../../templates', import.meta.url));
  const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [templates], cwd: templates }));
  const errors = (text: string) => validateReport(parseReport(text), { templates: catalog }).filter((d) => d.severity === 'error').map((d) => d.code);
  const dir = fileURLToPath(new URL('../../examples/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  test.each(files)('%s', (file) => {
    const yaml = readFileSync(join(dir, file), 'utf8');
    const lines = yaml.split('\n');
    let splits = 0;
    lines.forEach((line, i) => {
      // A point's or item's prose: a `text:` (plain or block) or a string entry, in a list.
      const content = /^ *(?:- +)?text: >-$/.test(line) ? lines[i + 1]! : /^ *(?:- +)?text: [^>|"'].*$|^ *- [^\w\s"'][^:]*$/.test(line) ? line : undefined;
      if (!content) return;
      const lineStart = lines.slice(0, content === line ? i : i + 1).join('\n').length + 1;
      const start = lineStart + (content === line ? line.indexOf(line.trimStart().replace(/^- +/, '').replace(/^text: /, '')) : content.length - content.trimStart().length);
      const value = yaml.slice(start, lineStart + content.length);
      const middle = Math.floor(value.length / 2);
      if (value.length < 8 || /\$\{[^}]*$/.test(value.slice(0, middle)) || /\s/.test(value[middle - 1]! + value[middle]!)) return;
      const s = splitEntryEdit(yaml, start, start + value.length, value, middle);
      if (!s) return; // not in a list of points or items (a part's intro, the preamble)
      const split = apply(yaml, s)!;
      // The split file is as valid as the original: no error `fazhi check` would report that it did not.
      expect(errors(split), `${file}:${i + 1}`).toEqual(errors(yaml));
      // Merging the second half back (Backspace at its start) gives the file as it was.
      const tail = value.slice(middle);
      const m = mergeEntryEdit(split, s.focus.offset, split.length, tail, 0);
      expect(apply(split, m), `${file}:${i + 1}`).toBe(yaml);
      splits++;
    });
    expect(splits).toBeGreaterThan(0);
  });
});
