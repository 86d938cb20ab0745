import { parseReport, validateReport } from '@fazhi/core';
import { htmlParagraphs } from '../../src/import/html-paragraphs.js';
import { describe, expect, it, vi } from 'vitest';
import { catalog } from '../helpers.js';
import { expectLinear } from './scaling.js';

/**
 * Inputs a writer never makes but a hostile or broken file does, where the work once grew faster than the
 * input (issue 12). Each doubles the input and expects the time to double, not quadruple.
 */
vi.setConfig({ testTimeout: 120_000 });
const today = new Date('2024-06-01');
const check = (text: string) => validateReport(parseReport(text), { templates: catalog, today });
const lines = (n: number, line: (i: number) => string) => `template: national\nyear: 2023\n${Array.from({ length: n }, (_, i) => line(i)).join('\n')}\n`;

describe('work grows linearly with the input', () => {
  it('many unknown keys (one finding each, each located in the map once indexed)', () => {
    expectLinear((n) => lines(n, (i) => `k${i}: ${i}`), check, 4000, 3);
  });

  it('many keys in a file the fast path leaves to yaml (a tab slip): duplicate keys found by a set, not by pairs', () => {
    expectLinear((n) => `${lines(n, (i) => `k${i}: ${i}`)}\tx: 1\n`, (text) => parseReport(text), 4000, 3);
  });

  it('a saved page of many paragraphs nested 200 deep (htmlparser2 pays the depth per element)', () => {
    const block = `${'<div>'.repeat(200)}<p>依法行政</p>${'</div>'.repeat(200)}`;
    expectLinear((n) => `<html><body>${block.repeat(n / 100)}</body></html>`, htmlParagraphs, 12_000, 5);
  });

  it('many full-width colons (one fix each, the repaired text mapped back per finding)', () => {
    expectLinear((n) => lines(n, (i) => `k${i}：${i}`), check, 3000, 3);
  });

  it('many tab-indented lines (each placed by one walk over the file, not one walk per line)', () => {
    expectLinear((n) => `template: national\nyear: 2023\nstats:\n${Array.from({ length: n }, (_, i) => `\tk${i}: ${i}`).join('\n')}\n`, check, 1000, 3);
  });

  it('many colons in prose (one slip each)', () => {
    expectLinear((n) => lines(n, (i) => `k${i}: 说明: ${i}`), check, 2000, 3);
  });
});

describe('the scaling check itself', () => {
  it('fails quadratic work: a scan of the text before each line, as the old finding lookup did', () => {
    const quadratic = (input: string) => {
      let hits = 0;
      for (let at = input.indexOf('\n'); at >= 0; at = input.indexOf('\n', at + 1)) hits += input.slice(0, at).split('：').length;
      return hits;
    };
    // Five runs a size, not three: each size's fastest run must be a quiet one, and a full `npm test` (every
    // package's tests at once on two cores) once left all three of one size slowed, so ×4 work read as ×2.4.
    expect(() => expectLinear((n) => lines(n, (i) => `k${i}：${i}`), quadratic, 2000, 5)).toThrow(/×[3-9]/);
  });
});
