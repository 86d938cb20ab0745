import { describe, expect, test } from 'vitest';
import { changeBetween, newEntryEdit, yamlEditFor, type YamlEdit } from '../src/preview/prose-edit.js';

const apply = (yaml: string, e: YamlEdit | undefined) => (e ? yaml.slice(0, e.offset) + e.text + yaml.slice(e.offset + e.length) : yaml);
/** The edit for a block whose source is the whole text from `from` on. */
function edit(yaml: string, from: string, before: string, after: string): string | undefined {
  const start = yaml.indexOf(from);
  const e = yamlEditFor(yaml, start, yaml.length, before, after);
  return e && apply(yaml, e);
}

describe('an edit typed in the preview goes back to its YAML', () => {
  test('the change between two texts', () => {
    expect(changeBetween('一是强化领导。', '一是全面强化领导。')).toEqual({ at: 2, removed: '', inserted: '全面' });
    expect(changeBetween('甲乙丙', '甲丙')).toEqual({ at: 1, removed: '乙', inserted: '' });
  });

  test('typing inside a folded block scalar keeps its style and indentation', () => {
    const yaml = 'preamble:\n  text: >-\n    2023年，我区坚持依法行政。\nyear: 2023\n';
    expect(edit(yaml, 'text:', '2023年，我区坚持依法行政。', '2023年，我区始终坚持依法行政。')).toBe(yaml.replace('坚持', '始终坚持'));
  });

  test('beside a figure: the figure stays a reference, the value shown is not searched for', () => {
    const yaml = 'text: 共召开会议${meetings}次，审查文件${files}件\n';
    expect(edit(yaml, 'text:', '共召开会议12次，审查文件8件', '共召开会议12次，合法性审查文件8件')).toBe(yaml.replace('审查文件', '合法性审查文件'));
  });

  test('an edit that would cut into a figure is refused', () => {
    const yaml = 'text: 共召开会议${meetings}次\n';
    expect(edit(yaml, 'text:', '共召开会议12次', '共召开会议1次')).toBeUndefined();
  });

  test('quoted scalars get their escapes; a plain scalar refuses what would make it a mapping', () => {
    expect(edit('title: "强化领导"\n', 'title:', '强化领导', '强化"组织"领导')).toBe('title: "强化\\"组织\\"领导"\n');
    expect(edit("title: '强化领导'\n", 'title:', '强化领导', "强化'组织'领导")).toBe("title: '强化''组织''领导'\n");
    expect(edit('title: 强化领导\n', 'title:', '强化领导', '强化: 领导')).toBeUndefined();
  });

  test('text the YAML does not hold (numbering from the template) is not found, so nothing is edited', () => {
    expect(edit('title: 强化领导\n', 'title:', '（一）强化领导。', '（二）强化领导。')).toBeUndefined();
  });
});

describe('Enter at the end of a point adds a list entry', () => {
  test('after a titled point: a sentence point (一是……) at the same indentation', () => {
    const yaml = 'points:\n  - title: 强化领导\n    text: >-\n      动态调整。\n  - text: 下一条\nstats: {}\n';
    const e = newEntryEdit(yaml, yaml.indexOf('title: 强化领导'))!;
    const after = apply(yaml, e);
    expect(after).toBe('points:\n  - title: 强化领导\n    text: >-\n      动态调整。\n  - 【待填写】\n  - text: 下一条\nstats: {}\n');
    expect(after.slice(e.entryOffset, e.entryOffset + 5)).toBe('【待填写】');
  });

  test('after a point written as a string: a string entry', () => {
    const yaml = 'shortcomings:\n  points:\n    - 普法形式单一\n';
    expect(apply(yaml, newEntryEdit(yaml, yaml.indexOf('普法')))).toBe('shortcomings:\n  points:\n    - 普法形式单一\n    - 【待填写】\n');
  });

  test('at the end of an item whose points print inline: a point after its last point', () => {
    const yaml = 'items:\n  - title: 坚持规范执法\n    points:\n      - title: 甲\n        text: 甲文\n      - title: 乙\n        text: 乙文\n  - title: 下一项\n';
    expect(apply(yaml, newEntryEdit(yaml, yaml.indexOf('title: 坚持')))).toBe(yaml.replace('乙文\n', '乙文\n      - 【待填写】\n'));
  });

  test('after an item (no points): an item with its title and text to fill in', () => {
    const yaml = 'items:\n  - title: 甲项\n    text: 甲文\n';
    expect(apply(yaml, newEntryEdit(yaml, yaml.indexOf('title: 甲项')))).toBe(`${yaml}  - title: 【待填写】\n    text: 【待填写】\n`);
  });

  test('a block that is no list entry gets none', () => {
    expect(newEntryEdit('preamble:\n  text: 开头\n', 12)).toBeUndefined();
  });
});
