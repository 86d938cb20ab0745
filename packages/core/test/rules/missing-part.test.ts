import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { messages, replacing } from './rule-helpers.js';

describe('missing-part', () => {
  it('warns on the first key, citing the regulation, for each missing required part', () => {
    const text = replacing(VALID, 'responsibility:\n  intro: 主要负责人认真履行第一责任人职责。\n', '');
    expect(only('missing-part', text)).toEqual([{ code: 'missing-part', severity: 'warning', at: '1:1-1:9' }]);
    expect(messages('missing-part', text)[0]).toMatch(/^Missing "responsibility" .*《法治政府建设与责任落实督察工作规定》/);
  });

  it('counts an empty part as missing, and names each one', () => {
    const text = replacing(VALID, 'shortcomings:\n  points:\n    - 依法行政认识有待强化\n', 'shortcomings:\n  points: []\n');
    const withoutPlans = text.slice(0, text.indexOf('plans:'));
    expect(only('missing-part', withoutPlans).map((f) => f.at)).toEqual(['1:1-1:9', '1:1-1:9']);
    expect(messages('missing-part', withoutPlans).map((m) => m.split(' ')[1])).toEqual(['"shortcomings"', '"plans"']);
  });

  it('is satisfied by any content, and does not ask for the optional others part', () => {
    expect(only('missing-part', VALID)).toEqual([]);
    expect(only('missing-part', replacing(VALID, '  intro: 主要负责人认真履行第一责任人职责。', '  points: [认真履行职责]'))).toEqual([]);
  });
});
