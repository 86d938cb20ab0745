import { MAX_ALIAS_COUNT, MAX_NESTING_DEPTH, parseReport, templateProblemLocation } from '@fazhi/core';
import { describe, expect, it, vi } from 'vitest';

// Megabytes of text per test: on a loaded machine that takes longer than vitest's default 5 s.
vi.setConfig({ testTimeout: 60_000 });
import { VALID, found } from '../helpers.js';

const at = (text: string, offset: number) => {
  const p = parseReport(text).lines.positionAt(offset);
  return `${p.line + 1}:${p.character + 1}`;
};

describe('parse limits', () => {
  it('refuses block nesting deeper than the limit, at the first too-deep line, without a stack overflow (1,500 levels overflow a recursive parser)', () => {
    let text = 'template: national\nstats:\n';
    for (let i = 0, indent = '  '; i < 1500; i++, indent += '  ') text += `${indent}k${i}:\n`;
    const parsed = parseReport(text);
    expect(parsed.problems).toMatchObject([{ code: 'nesting-limit', severity: 'error' }]);
    const problem = parsed.problems[0] as { range: { start: number } };
    // stats is level 1, k0 level 2 … so the map holding k{MAX-1} is the first one too deep.
    expect(at(text, problem.range.start)).toBe(`${MAX_NESTING_DEPTH + 2}:${2 * MAX_NESTING_DEPTH + 1}`);
    expect(found(text)).toMatchObject([{ code: 'nesting-limit' }]);
  });

  it('refuses flow nesting deeper than the limit, and accepts it at the limit', () => {
    const deep = (n: number) => `stats: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    // The top-level map is one level, so n flow brackets make n + 1.
    expect(parseReport(deep(MAX_NESTING_DEPTH - 1)).problems).toEqual([]);
    const text = deep(100_000);
    const parsed = parseReport(text);
    expect(parsed.problems).toMatchObject([{ code: 'nesting-limit', range: { start: 7 + MAX_NESTING_DEPTH - 1 } }]);
    expect(parsed.data).toBeNull();
  });

  it('stops an alias bomb at the first alias', () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
    let prev = 'a';
    for (const name of 'bcdefgh') {
      text += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
      prev = name;
    }
    const parsed = parseReport(text);
    expect(parsed.problems).toMatchObject([{ code: 'alias-limit' }]);
    expect(at(text, (parsed.problems[0] as { range: { start: number } }).range.start)).toBe('2:8');
    expect(MAX_ALIAS_COUNT).toBeLessThan(1000);
  });
});

describe('syntax errors', () => {
  it('stops reading after the limit and says so where it stopped', async () => {
    const { MAX_SYNTAX_ERRORS } = await import('@fazhi/core');
    const text = `template: national\n${']\n'.repeat(3 * MAX_SYNTAX_ERRORS)}`;
    const parsed = parseReport(text);
    expect(parsed.problems).toHaveLength(MAX_SYNTAX_ERRORS + 1);
    expect(parsed.data).toBeUndefined();
    const last = parsed.problems[MAX_SYNTAX_ERRORS] as { code: string; range: { start: number }; message: string };
    expect(last.code).toBe('syntax');
    expect(at(text, last.range.start)).toBe(`${MAX_SYNTAX_ERRORS + 2}:1`);
    expect(last.message).toContain('不再检查');
  });

  it('reports a repeated key in a big map the fast path leaves to yaml, at the repeat', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `k${i}: ${i}`).join('\n');
    const text = `template: national\n${keys}\nk5: again\n\tx: 1\n`;
    const duplicates = parseReport(text).problems.filter((p) => p.code === 'duplicate-key');
    expect(duplicates.map((p) => at(text, p.range.start))).toEqual(['102:1']);
  });
});

describe('template problem locations', () => {
  it('names the manifest line and column when the problem has a place', () => {
    const text = 'id: x\nname: [unclosed\n';
    expect(templateProblemLocation({ code: 'template-manifest', templateId: 'x', file: 'template.yaml', path: 'templates/x/template.yaml', range: { start: 12, end: 13 }, text, message: '', message_en: '' })).toBe(
      'templates/x/template.yaml:2:7',
    );
    expect(templateProblemLocation({ code: 'template-manifest', templateId: 'x', file: 'template.yaml', path: 'templates/x/template.yaml', message: '', message_en: '' })).toBe('templates/x/template.yaml');
  });
});

describe('wide alias expansion', () => {
  it('refuses aliases that together copy more than the limit, and lets small ones pass', async () => {
    const { MAX_ALIASED_CHARS } = await import('@fazhi/core');
    const list = (chars: number) => `  a: &big\n${`    - ${'字'.repeat(99)}\n`.repeat(Math.ceil(chars / 106))}`;
    const small = `stats:\n${list(10_000)}  b: *big\n  c: *big\n`;
    expect(parseReport(small).problems).toEqual([]);
    const wide = `stats:\n${list(MAX_ALIASED_CHARS / 2 + 1000)}  b: *big\n  c: *big\n`;
    const parsed = parseReport(wide);
    expect(parsed.problems).toMatchObject([{ code: 'alias-limit' }]);
    expect(parsed.data).toBeUndefined();
  });
});

describe('aliases of aliases', () => {
  it('counts what an alias expands to, through the aliases inside its anchor', async () => {
    const { MAX_ALIASED_CHARS } = await import('@fazhi/core');
    const big = '依法行政'.repeat(MAX_ALIASED_CHARS / 4 - 2500);
    const text = (n: number) => `x: &a ${big}\ny: &b {title: t, text: *a}\nz: [${Array(n).fill('*b').join(', ')}]\n`;
    const parsed = parseReport(text(48));
    expect(parsed.problems).toMatchObject([{ code: 'alias-limit' }]);
    expect(at(text(48), (parsed.problems[0] as { range: { start: number } }).range.start)).toBe('2:24');
    expect(parsed.data).toBeUndefined();
    // One copy of the big text (by *a) passes: the limit is on the copying, not on having an alias.
    const once = `x: &a ${big}\ny: *a\n`;
    expect(parseReport(once).problems).toEqual([]);
  });

  it('refuses an anchor that contains an alias to itself', () => {
    expect(parseReport('a: &a [x, *a]\n').problems).toMatchObject([{ code: 'alias-limit' }]);
  });
});

describe('text size', () => {
  it('parses nothing beyond the limit and says so once', async () => {
    const { MAX_REPORT_CHARS } = await import('@fazhi/core');
    const text = `template: national\n${'#'.repeat(MAX_REPORT_CHARS)}\n`;
    const parsed = parseReport(text);
    expect(parsed.problems).toMatchObject([{ code: 'file-too-large', severity: 'error', range: { start: 0, end: 0 } }]);
    expect(found(text)).toMatchObject([{ code: 'file-too-large' }]);
  });
});
