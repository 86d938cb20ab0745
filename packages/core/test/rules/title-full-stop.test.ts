import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { fixOnce, messages, replacing } from './rule-helpers.js';

describe('title-full-stop', () => {
  it('marks the final 。 of a point title and removes it', () => {
    const text = replacing(VALID, 'title: 强化组织建设', 'title: 强化组织建设。');
    expect(only('title-full-stop', text)).toEqual([{ code: 'title-full-stop', severity: 'warning', at: '13:24-13:25', fixed: VALID }]);
    expect(fixOnce('title-full-stop', text)).toBe(VALID);
    expect(messages('title-full-stop', text)[0]).toMatch(/^Leave out the final full stop of a title/);
  });

  it('marks half-width and repeated stops on an item title, and a quoted title', () => {
    expect(only('title-full-stop', replacing(VALID, 'title: 坚持党的全面领导', 'title: 坚持党的全面领导..'))).toEqual([
      { code: 'title-full-stop', severity: 'warning', at: '11:22-11:24', fixed: VALID },
    ]);
    const quoted = replacing(VALID, 'title: 坚持党的全面领导', 'title: "坚持党的全面领导。"');
    expect(only('title-full-stop', quoted)).toEqual([
      { code: 'title-full-stop', severity: 'warning', at: '11:23-11:24', fixed: VALID.replace('title: 坚持党的全面领导', 'title: "坚持党的全面领导"') },
    ]);
  });

  it('leaves prose, a stop inside a title and the report title alone', () => {
    expect(only('title-full-stop', VALID)).toEqual([]);
    expect(only('title-full-stop', replacing(VALID, 'title: 强化组织建设', 'title: 强化组织建设。提升能力'))).toEqual([]);
    expect(only('title-full-stop', `${VALID}title: 万源市2023年法治政府建设情况报告。\n`)).toEqual([]);
  });
});
