import { describe, expect, it } from 'vitest';
import { VALID, catalog, only } from '../helpers.js';
import { catalogWith } from '../render/pack-host.js';
import { expectMessages, fixOnce, messages, replacing } from './rule-helpers.js';

const TEMPLATE_CODES = ['unknown-template', 'template-broken', 'template-requires', 'not-printed'];
const using = (id: string) => replacing(VALID, 'template: national', `template: ${id}`);

describe('unknown-template', () => {
  it('marks a misspelt id, lists the packs and fixes it', () => {
    const text = using('nationl');
    expect(only(TEMPLATE_CODES, text)).toEqual([{ code: 'unknown-template', severity: 'error', at: '1:11-1:18', fixed: VALID }]);
    expect(fixOnce('unknown-template', text)).toBe(VALID);
    // Every pack, so a new pack needs no edit here.
    expectMessages('unknown-template', text, [['"nationl"', 'Did you mean national', catalog.ids().join(', ')]]);
  });

  it('lists the packs without a fix when nothing is close', () => {
    expect(only(TEMPLATE_CODES, using('zzzzzz'))).toEqual([{ code: 'unknown-template', severity: 'error', at: '1:11-1:17' }]);
  });

  it('stays silent without a catalog, and leaves malformed ids to the schema', () => {
    expect(only(TEMPLATE_CODES, using('nationl'), { templates: undefined })).toEqual([]);
    expect(only(TEMPLATE_CODES, using('National Format'))).toEqual([]);
  });
});

describe('template-broken', () => {
  it('marks the template id when the pack cannot be loaded, naming the pack problem', () => {
    const templates = catalogWith({ broken: { 'template.yaml': 'id: broken\nname: 坏\norder: nope\n' } });
    const text = using('broken');
    expect(only(TEMPLATE_CODES, text, { templates })).toEqual([{ code: 'template-broken', severity: 'error', at: '1:11-1:17' }]);
    expect(messages('template-broken', text, { templates })[0]).toMatch(/^Template "broken" is broken: templates\/broken\/template.yaml/);
  });

  it('says what is wrong with the pack in English too', () => {
    const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
    const packs: Array<Record<string, Record<string, string>>> = [
      { broken: { 'template.yaml': 'id: broken\nname: 坏\norder: nope\n' } },
      { broken: { 'template.yaml': 'id: other\nname: 坏\n' } },
      { broken: { 'template.yaml': 'id: broken\nname: 坏\nextends: loop\n' }, loop: { 'template.yaml': 'id: loop\nname: 环\nextends: broken\n' } },
      { broken: { 'template.yaml': 'id: broken\nname: [坏\n' } },
    ];
    for (const files of packs) {
      const [message] = messages('template-broken', using('broken'), { templates: catalogWith(files) });
      expect(message?.replace(/“[^”]*”|"[^"]*"|坏|环/g, ''), message).not.toMatch(CJK);
    }
  });
});

describe('template-requires', () => {
  it('marks a field the pack requires at the top level on the template id', () => {
    const text = using('wanyuan-county-city');
    expect(only('template-requires', text)).toEqual([{ code: 'template-requires', severity: 'error', at: '1:11-1:30' }]);
    expectMessages('template-requires', text, [['Wanyuan format', 'requires recipient']]);
    expect(only('template-requires', `${text}recipient: 中共达州市委、达州市人民政府\n`)).toEqual([]);
  });

  it('marks a nested requirement on its parent key', () => {
    expect(only('template-requires', using('ludu-street-office'))).toEqual([{ code: 'template-requires', severity: 'error', at: '9:1-9:9' }]);
  });
});

describe('not-printed', () => {
  it('warns when the pack does not print a part that has content', () => {
    const text = using('pingdingshan-hitech-zone');
    expect(only('not-printed', text)).toEqual([
      { code: 'not-printed', severity: 'warning', at: '18:1-18:15' },
      { code: 'not-printed', severity: 'warning', at: '20:1-20:6' },
    ]);
    expect(messages('not-printed', text)[0]).toMatch(/does not print the "responsibility" part/);
  });

  it('tells (info) when the pack hides an optional field that is filled in', () => {
    const text = `${using('wanyuan-county-city')}recipient: 中共达州市委\ntitle: 万源市2023年度法治政府建设情况报告\n`;
    expect(only('not-printed', text)).toEqual([{ code: 'not-printed', severity: 'info', at: '28:1-28:6' }]);
  });

  it('is silent when the pack prints everything written', () => {
    expect(only(TEMPLATE_CODES, VALID)).toEqual([]);
  });
});
