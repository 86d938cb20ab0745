import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { expectMessages, fixOnce, messages, replacing } from './rule-helpers.js';

const STATS = 'stats:\n  cases: 3\n  reconsideration:\n    received: 48\n    accepted: 44\n';
const withText = (text: string) => `${replacing(VALID, 'text: 系统学习习近平法治思想。', `text: ${text}`)}${STATS}`;

describe('unknown-figure', () => {
  it('marks a misspelt reference and changes it to the figure it meant', () => {
    const text = withText('收到${reconsideration.recieved}件。');
    const fixed = withText('收到${reconsideration.received}件。');
    expect(only('unknown-figure', text)).toEqual([{ code: 'unknown-figure', severity: 'error', at: '23:15-23:42', fixed }]);
    expect(fixOnce('unknown-figure', text)).toBe(fixed);
    expectMessages('unknown-figure', text, [['"reconsideration.recieved"', 'Did you mean ${reconsideration.received}']]);
  });

  it('suggests the figure of the same group whose name keeps most of the letters typed (closed → concluded)', () => {
    const withConcluded = (t: string) => `${withText(t)}    concluded: 43\n`;
    const text = withConcluded('办结${reconsideration.closed}件。');
    const fixed = withConcluded('办结${reconsideration.concluded}件。');
    expect(only('unknown-figure', text)).toEqual([{ code: 'unknown-figure', severity: 'error', at: '23:15-23:40', fixed }]);
    expect(fixOnce('unknown-figure', text)).toBe(fixed);
    expectMessages('unknown-figure', text, [['"reconsideration.closed"', 'Did you mean ${reconsideration.concluded}']]);
  });

  it('guesses nothing when two figures of the group fit as well, or the name is far from all', () => {
    expect(only('unknown-figure', withText('共${reconsideration.ed}件'))).toMatchObject([{ code: 'unknown-figure' }]);
    expect(only('unknown-figure', withText('共${reconsideration.ed}件'))[0]?.fixed).toBeUndefined();
    expect(only('unknown-figure', withText('共${reconsideration.total}件'))[0]?.fixed).toBeUndefined();
  });

  it('asks for a definition, without a fix, when nothing is close', () => {
    const text = withText('共${zzzz}件');
    expect(only('unknown-figure', text)).toEqual([{ code: 'unknown-figure', severity: 'error', at: '23:14-23:21' }]);
    expectMessages('unknown-figure', text, [['"zzzz"', 'Define it under stats']]);
  });

  it('names the figures of a group referred to as a whole, without guessing which one', () => {
    const text = withText('共${reconsideration}件');
    expect(only('unknown-figure', text)).toEqual([{ code: 'unknown-figure', severity: 'error', at: '23:14-23:32' }]);
    expect(messages('unknown-figure', text)[0]).toMatch(/"reconsideration" is a group .* \$\{reconsideration\.received\}, \$\{reconsideration\.accepted\}/);
  });

  it('finds references in a folded block at their source position', () => {
    const text = `${replacing(VALID, 'text: 系统学习习近平法治思想。', 'text: >-\n        系统学习\n        共${casse}件')}${STATS}`;
    expect(only('unknown-figure', text)).toMatchObject([{ at: '25:10-25:18', fixed: text.replace('${casse}', '${cases}') }]);
  });

  it('accepts references to defined figures, and ${…} outside prose', () => {
    expect(only(['unknown-figure', 'figure-syntax'], withText('共${cases}件，受理${reconsideration.accepted}件。'))).toEqual([]);
  });
});

describe('figure-syntax', () => {
  it('fixes a reference typed with full-width characters', () => {
    const text = withText('共￥｛cases｝件');
    expect(only('figure-syntax', text)).toEqual([
      { code: 'figure-syntax', severity: 'warning', at: '23:14-23:22', fixed: withText('共${cases}件') },
    ]);
    expect(fixOnce('figure-syntax', text)).toBe(withText('共${cases}件'));
  });

  it('marks an incomplete or malformed reference as an error, without a fix', () => {
    const text = withText('共${ 1x }件，${}件，${cases件');
    expect(only('figure-syntax', text)).toEqual([
      { code: 'figure-syntax', severity: 'error', at: '23:14-23:21' },
      { code: 'figure-syntax', severity: 'error', at: '23:23-23:26' },
      { code: 'figure-syntax', severity: 'error', at: '23:28-23:36' },
    ]);
    expect(messages('figure-syntax', text)[0]).toContain('${name}');
  });

  it('leaves a lone $ or ￥ alone', () => {
    expect(only('figure-syntax', withText('资金￥500万元，$100'))).toEqual([]);
  });
});
