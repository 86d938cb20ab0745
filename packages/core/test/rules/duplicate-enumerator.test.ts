import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { expectMessages, fixOnce, replacing } from './rule-helpers.js';

describe('duplicate-enumerator', () => {
  it('marks （一） typed before an item title and removes it', () => {
    const text = replacing(VALID, 'title: 坚持党的全面领导', 'title: （一）坚持党的全面领导');
    expect(only('duplicate-enumerator', text)).toEqual([{ code: 'duplicate-enumerator', severity: 'warning', at: '11:14-11:17', fixed: VALID }]);
    expect(fixOnce('duplicate-enumerator', text)).toBe(VALID);
    expectMessages('duplicate-enumerator', text, [['"（一）"', /numbers/]]);
  });

  it.each([
    ['一是', '一是强化组织建设', '13:18-13:20'],
    ['一、', '一、强化组织建设', '13:18-13:20'],
    ['1. with its space', '1. 强化组织建设', '13:18-13:21'],
    ['1、', '1、强化组织建设', '13:18-13:20'],
    ['(1)', '(1)强化组织建设', '13:18-13:21'],
    ['十二是', '十二是强化组织建设', '13:18-13:21'],
  ])('marks %s before a point title', (_, title, at) => {
    const text = replacing(VALID, 'title: 强化组织建设', `title: ${title}`);
    expect(only('duplicate-enumerator', text)).toEqual([{ code: 'duplicate-enumerator', severity: 'warning', at, fixed: VALID }]);
  });

  it('marks a plain-text point', () => {
    const text = replacing(VALID, '- 依法行政认识有待强化', '- 一是依法行政认识有待强化');
    expect(only('duplicate-enumerator', text)).toEqual([{ code: 'duplicate-enumerator', severity: 'warning', at: '17:7-17:9', fixed: VALID }]);
  });

  it('leaves numbers that are not enumerators, and prose paragraphs, alone', () => {
    expect(only('duplicate-enumerator', replacing(VALID, 'title: 强化组织建设', 'title: 1.5倍增长'))).toEqual([]);
    expect(only('duplicate-enumerator', replacing(VALID, 'title: 强化组织建设', 'title: 一体推进'))).toEqual([]);
    expect(only('duplicate-enumerator', replacing(VALID, 'text: 调整充实法治政府建设领导小组。', 'text: 一是调整领导小组；二是印发方案。'))).toEqual([]);
    expect(only('duplicate-enumerator', replacing(VALID, 'title: 强化组织建设', 'title: （一）'))).toEqual([]);
  });
});
