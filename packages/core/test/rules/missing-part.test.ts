import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { fixOnce, messages, replacing } from './rule-helpers.js';

describe('missing-part', () => {
  it('warns on the first key, citing the regulation, for each missing required part', () => {
    const text = replacing(VALID, 'responsibility:\n  intro: 主要负责人认真履行第一责任人职责。\n', '');
    expect(only('missing-part', text)).toMatchObject([{ code: 'missing-part', severity: 'warning', at: '1:1-1:9' }]);
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

  it('names the key to add, and its fix inserts the part after the part before it in the pack order', () => {
    const text = replacing(VALID, 'responsibility:\n  intro: 主要负责人认真履行第一责任人职责。\n', '');
    expect(messages('missing-part', text)[0]).toContain('add the top-level key "responsibility:"');
    const placeholder = 'responsibility:\n  intro: 【待填写：党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况】\n';
    // national prints measures, shortcomings, responsibility, plans: the part goes after shortcomings.
    expect(fixOnce('missing-part', text)).toBe(replacing(text, 'plans:\n', `${placeholder}plans:\n`));
    // haian prints responsibility second, right after measures.
    const haian = replacing(text, 'template: national', 'template: haian-dev-zone');
    expect(only('missing-part', haian)[0]?.fixed).toBe(replacing(haian, 'shortcomings:\n', `${placeholder}shortcomings:\n`));
  });

  it('inserts before the first later part when no earlier one is there, and at the end when none is', () => {
    const noMeasures = replacing(VALID, VALID.slice(VALID.indexOf('measures:'), VALID.indexOf('shortcomings:')), '');
    expect(only('missing-part', noMeasures)[0]?.fixed).toBe(replacing(noMeasures, 'shortcomings:\n', 'measures:\n  intro: 【待填写：上一年度推进法治政府建设的主要举措和成效】\nshortcomings:\n'));
    const lastPartsGone = VALID.slice(0, VALID.indexOf('measures:'));
    const fixes = only('missing-part', lastPartsGone).map((f) => f.fixed);
    expect(fixes).toHaveLength(4);
    expect(fixes[0]).toBe(`${lastPartsGone}measures:\n  intro: 【待填写：上一年度推进法治政府建设的主要举措和成效】\n`);
  });

  it('leaves no missing-part once the fix is applied, only the placeholder to fill in', () => {
    const text = replacing(VALID, 'responsibility:\n  intro: 主要负责人认真履行第一责任人职责。\n', '');
    const fixed = fixOnce('missing-part', text);
    expect(only(['missing-part', 'placeholder', 'unknown-key', 'wrong-type'], fixed).map((f) => f.code)).toEqual(['placeholder']);
  });
});
