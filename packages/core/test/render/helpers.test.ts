import { TEMPLATE_HELPERS } from '@fazhi/core';
import { describe, expect, it } from 'vitest';

const helper = (name: string) => {
  const h = TEMPLATE_HELPERS.find((x) => x.name === name);
  if (!h) throw new Error(`no helper ${name}`);
  // Handlebars passes an options object last; the helpers ignore it except `figure`.
  return (...args: unknown[]) => (h.fn as (...a: unknown[]) => unknown)(...args, { data: { root: { report: { stats: { a: { b: 7 } } } } } });
};

describe('template helpers', () => {
  it('declare the arguments their own example call passes (the editor shows them)', () => {
    for (const h of TEMPLATE_HELPERS) {
      const call = new RegExp(`[({]${h.name}((?:\\s+[^\\s)}]+)*)[)}]`).exec(h.doc);
      expect(call, `${h.name}: its doc has an example call`).not.toBeNull();
      const given = (call?.[1] ?? '').trim().split(/\s+/).filter(Boolean).length;
      const required = h.params.filter((p) => !p.optional && !p.rest).length;
      const most = h.params.some((p) => p.rest) ? Infinity : h.params.length;
      expect(given, h.name).toBeGreaterThanOrEqual(required);
      expect(given, h.name).toBeLessThanOrEqual(most);
      for (const p of h.params) expect(p.zh && p.en, `${h.name} ${p.name}`).toBeTruthy();
    }
  });

  it('numbers in Chinese from @index (0-based) or a count (1-based)', () => {
    const cn = helper('cn-numeral');
    expect([0, 9, 10, 11, 19, 20, 98].map((i) => cn(i))).toEqual(['一', '十', '十一', '十二', '二十', '二十一', '九十九']);
    expect(cn(12, 1)).toBe('十二');
  });

  it('prints each level of official-document enumerator', () => {
    expect(helper('part-number')(2)).toBe('三、');
    expect(helper('item-number')(10)).toBe('（十一）');
    expect(helper('point-number')(1)).toBe('二是');
    expect(helper('arabic-number')(0)).toBe('1.');
    expect(helper('paren-arabic')(3)).toBe('（4）');
  });

  it('refuses a non-integer ordinal rather than printing nonsense', () => {
    expect(() => helper('item-number')('x')).toThrow(/整数/);
  });

  it('writes dates the Chinese way and leaves a malformed one as written', () => {
    expect(helper('cn-date')('2024-03-09')).toBe('2024年3月9日');
    expect(helper('cn-date')('下月')).toBe('下月');
  });

  it('knows next year', () => {
    expect(helper('next-year')(2023)).toBe(2024);
  });

  it('adds punctuation only when the text has none', () => {
    const p = helper('punctuate');
    expect(p('强化组织建设', '。')).toBe('强化组织建设。');
    expect(p('是否到位？', '。')).toBe('是否到位？');
    expect(p('', '。')).toBe('');
    expect(p('严格落实行政执法“三项制度”', '。')).toBe('严格落实行政执法“三项制度”。');
    expect(helper('point-end')(false)).toBe('；');
    expect(helper('point-end')(true)).toBe('。');
  });

  it('looks figures up in stats', () => {
    expect(helper('figure')('a.b')).toBe('7');
    expect(() => helper('figure')('a.c')).toThrow(/a\.c/);
  });

  it('documents every helper with an example', () => {
    for (const h of TEMPLATE_HELPERS) expect(h.doc, h.name).toMatch(/\{\{.+\}\}/);
  });
});

describe('comparison helpers', () => {
  it('eq compares values (a number with its digits too), not/and/or follow Handlebars truth', () => {
    expect(helper('eq')('plans', 'plans')).toBe(true);
    expect(helper('eq')('plans', 'others')).toBe(false);
    expect(helper('eq')(3, '3')).toBe(true);
    expect(helper('not')([])).toBe(true);
    expect(helper('not')('text')).toBe(false);
    expect(helper('and')('a', [1])).toBe(true);
    expect(helper('and')('a', [])).toBe(false);
    expect(helper('or')(null, 0, 'x')).toBe(true);
    expect(helper('or')(null, 0, '')).toBe(false);
  });
});
