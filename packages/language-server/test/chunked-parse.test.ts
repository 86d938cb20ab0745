import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { parseReport, type ParsedReport } from '@fazhi/core';
import { ChunkedParser } from '../src/parse/chunked-parse.js';
import { bigReport } from './big-report.js';

/** Differences in node kinds, ranges and scalar values between two trees (expect per node is slow). */
function treeDiff(a: unknown, b: unknown, path = '', out: string[] = []): string[] {
  if (isPair(a) || isPair(b)) {
    if (!(isPair(a) && isPair(b))) return [...out, `${path}: pair vs not`];
    treeDiff(a.key, b.key, `${path}.key`, out);
    return treeDiff(a.value, b.value, `${path}.value`, out);
  }
  // [start, value end]; the third number (end with trailing comments) may differ and nothing reads it.
  const ra = JSON.stringify((a as Node | null)?.range?.slice(0, 2));
  const rb = JSON.stringify((b as Node | null)?.range?.slice(0, 2));
  if (ra !== rb) out.push(`${path}: range ${ra} vs ${rb}`);
  if (isScalar(a) && (!isScalar(b) || a.value !== b.value)) out.push(`${path}: value`);
  if (isMap(a) || isSeq(a)) {
    const bi = (b as { items?: unknown[] }).items;
    if (!bi || bi.length !== a.items.length || isMap(a) !== isMap(b)) return [...out, `${path}: items differ`];
    (a.items as unknown[]).forEach((item, i) => treeDiff(item, bi[i], `${path}[${i}]`, out));
  }
  return out;
}

function same(chunked: ParsedReport, whole: ParsedReport): void {
  expect(chunked.data).toEqual(whole.data);
  expect(chunked.problems).toEqual(whole.problems);
  expect(treeDiff(chunked.doc.contents, whole.doc.contents)).toEqual([]);
}

describe('ChunkedParser (unit)', () => {
  it('gives the nodes, ranges and data of a whole parse, across edits', () => {
    const parser = new ChunkedParser();
    let text = bigReport(500);
    expect(text.length).toBeGreaterThan(200_000);
    same(parser.parse(text), parseReport(text));
    expect(parser.reparsed).toBeGreaterThan(30); // runs of a few items each
    // Edits at many places: inside an item, growing and shrinking it, adding an item, touching the head.
    const edits: Array<(t: string) => string> = [
      (t) => t.replace('第200项举措', '第200项重要举措'),
      (t) => t.replace('第10项举措', '第10项'),
      (t) => t.replace('  - title: 第300项举措', '  - title: 新的一项\n    text: 新内容\n  - title: 第300项举措'),
      (t) => t.replace('year: 2023', 'year: 2024'),
      (t) => t.replace('  study: 12', '  study: 13\n  more: 1'),
    ];
    for (const edit of edits) {
      text = edit(text);
      same(parser.parse(text), parseReport(text));
      expect(parser.reparsed).toBeLessThan(5); // only the pieces around the edit
    }
  });

  it('falls back to a whole parse when a piece has a syntax error, and recovers', () => {
    const parser = new ChunkedParser();
    const text = bigReport(300);
    parser.parse(text);
    const broken = text.replace(/ {4}text: 全面落实[^\n]*/, '    text: [未闭合');
    expect(broken).not.toBe(text);
    const parsed = parser.parse(broken);
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.problems).toEqual(parseReport(broken).problems);
    same(parser.parse(text), parseReport(text));
  });

  it('reports a key repeated across pieces exactly as core does', () => {
    const parser = new ChunkedParser();
    const text = `${bigReport(300)}year: 2025\n`;
    expect(parser.parse(text).problems).toEqual(parseReport(text).problems);
    expect(parseReport(text).problems.map((p) => p.code)).toContain('duplicate-key');
  });
});
