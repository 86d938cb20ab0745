import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/index.js';
import { repoRoot } from '../helpers.js';
import { CASE_GROUPS } from './diagnostic-cases.js';
import { BEGIN, END, diagnosticsOf, diagnosticsTable } from './diagnostics-table.js';

const DOC = join(repoRoot, 'docs/diagnostics.md');
/** Codes reported outside the rules: by parseReport, and by validateReport when a rule throws. */
const PARSE_AND_RUNNER_CODES = ['syntax', 'duplicate-key', 'alias-limit', 'nesting-limit', 'file-too-large', 'indentation', 'internal-error'];
const cases = CASE_GROUPS.flatMap((g) => g.cases);

describe('docs/diagnostics.md', () => {
  it('has an example for every code a rule declares, and only those', () => {
    const codes = [...ALL_RULES.flatMap((r) => r.codes), ...PARSE_AND_RUNNER_CODES].sort();
    expect(cases.map((c) => c.code).sort()).toEqual(codes);
  });

  it.each(cases.map((c) => [c.code, c] as const))('the example of %s produces it', (_, c) => {
    const { zh, en } = diagnosticsOf(c);
    expect(zh?.code).toBe(c.code);
    expect(en?.message).toMatch(/^[\x20-\u{10ffff}]+$/u);
  });

  it('is current: the table is what validation says about the examples', () => {
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    expect(start, `${DOC} keeps the markers`).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const current = `${doc.slice(0, start + BEGIN.length)}\n\n${diagnosticsTable(CASE_GROUPS)}\n${doc.slice(end)}`;
    if (process.env.UPDATE_DIAGNOSTICS_DOC) writeFileSync(DOC, current);
    // Read back, so the regenerating run passes (it compared the file as it was before writing, and failed once).
    expect(readFileSync(DOC, 'utf8'), 'regenerate with: UPDATE_DIAGNOSTICS_DOC=1 pnpm --filter @fazhi/core exec vitest run test/docs').toBe(current);
  });

  it('every rule file has its own test file', () => {
    const rules = readdirSync(join(repoRoot, 'packages/core/src/validate/rules')).filter((f) => f !== 'index.ts');
    const tests = new Set(readdirSync(join(repoRoot, 'packages/core/test/rules')));
    expect(rules.filter((f) => !tests.has(f.replace(/\.ts$/, '.test.ts')))).toEqual([]);
  });
});
