import { parseReport, renderReport, validateReport, writeHtml, writeMarkdown, writeText } from '@fazhi/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../helpers.js';
import { anyText, editedValid, mutated, reportLike } from './fuzz-arbitraries.js';

/**
 * Whatever text arrives (a half-typed file in the editor, an import gone wrong, a hostile file), the core
 * answers with diagnostics and never throws. FAZHI_FUZZ_RUNS raises the count for a longer hunt
 * (`pnpm --filter @fazhi/core fuzz`); the default keeps the suite quick.
 */
const RUNS = Number(process.env.FAZHI_FUZZ_RUNS ?? 200);
const TIMEOUT = Math.max(120_000, RUNS * 100);
// On a machine busy with other work, stop early (with the runs done so far counted) rather than time out.
const budget = { numRuns: RUNS, interruptAfterTimeLimit: TIMEOUT / 2, markInterruptAsFailure: false };
const today = new Date('2024-06-01');

function throughEverything(text: string): void {
  const parsed = parseReport(text, { source: 'fuzz.yaml' });
  for (const locale of ['zh', 'en'] as const) {
    const diagnostics = validateReport(parsed, { templates: catalog, today, locale });
    for (const d of diagnostics) {
      // A rule that threw is reported as internal-error: that is a bug, not an answer.
      expect(d.code, d.message).not.toBe('internal-error');
      expect(d.range.start).toBeGreaterThanOrEqual(0);
      expect(d.range.end).toBeGreaterThanOrEqual(d.range.start);
      expect(d.range.end).toBeLessThanOrEqual(text.length);
      expect(typeof d.message).toBe('string');
    }
  }
  const result = renderReport(parsed, catalog);
  for (const p of result.problems) expect(p.range.end).toBeLessThanOrEqual(text.length);
  if (!result.document) return;
  for (const out of [writeText(result.document), writeMarkdown(result.document), writeHtml(result.document), writeHtml(result.document, { preview: true })]) {
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/);
  }
  // Data never becomes markup: the only elements are the writer's own.
  const tags = new Set([...writeHtml(result.document).matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]));
  for (const tag of tags) expect(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'p', 'strong', 'span', 'ol', 'li', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td']).toContain(tag);
}

describe('fuzz: parse, validate, render and write never throw', () => {
  it('on arbitrary text (CJK, YAML syntax, lone surrogates, astral characters, controls)', () => {
    fc.assert(fc.property(anyText, (t) => throughEverything(t)), budget);
  }, TIMEOUT);

  it('on report-shaped YAML built from the schema keys, and with edits', () => {
    fc.assert(fc.property(fc.oneof(reportLike, mutated(reportLike)), (t) => throughEverything(t)), budget);
  }, TIMEOUT);

  it('on the valid report with random edits (so rendering and the writers run too)', () => {
    let rendered = 0;
    let runs = 0;
    fc.assert(
      fc.property(editedValid, (t) => {
        runs++;
        throughEverything(t);
        if (renderReport(parseReport(t), catalog).document) rendered++;
      }),
      budget,
    );
    // Without this the property could pass by never reaching the writers.
    expect(rendered).toBeGreaterThan(runs / 10);
  }, TIMEOUT);
});
