import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { expectMessages } from './rule-helpers.js';

const withStats = (stats: string) => `${VALID}stats:\n${stats}`;

describe('figure-inconsistent', () => {
  it('marks accepted > received and concluded > accepted on the larger figure', () => {
    const text = withStats('  reconsideration:\n    received: 48\n    accepted: 50\n    concluded: 51\n');
    expect(only('figure-inconsistent', text)).toEqual([
      { code: 'figure-inconsistent', severity: 'warning', at: '30:15-30:17' },
      { code: 'figure-inconsistent', severity: 'warning', at: '31:16-31:18' },
    ]);
    expectMessages('figure-inconsistent', text, [['accepted: 50 > received: 48', 'carried-over'], ['concluded: 51 > accepted: 50']]);
  });

  it('checks litigation figures, including figures written with a unit', () => {
    const text = withStats('  litigation:\n    cases: 3\n    hearings: 3\n    heads_appeared: 4\n');
    expect(only('figure-inconsistent', text)).toEqual([{ code: 'figure-inconsistent', severity: 'warning', at: '31:21-31:22' }]);
    const withUnit = withStats('  reconsideration:\n    received: { value: 40, unit: 件 }\n    accepted: { value: 44, unit: 件 }\n');
    expect(only('figure-inconsistent', withUnit)).toMatchObject([{ at: '30:15-30:37' }]);
  });

  it('accepts consistent and incomplete figures', () => {
    expect(only('figure-inconsistent', withStats('  reconsideration:\n    received: 48\n    accepted: 44\n    concluded: 43\n'))).toEqual([]);
    expect(only('figure-inconsistent', withStats('  reconsideration:\n    accepted: 44\n'))).toEqual([]);
    expect(only('figure-inconsistent', withStats('  reconsideration:\n    received: 多件\n    accepted: 44\n'))).toEqual([]);
  });
});
