import { parseReport, validateReport, TemplateCatalog } from '@fazhi/core';
import { builtinTemplatesDir, createFsTemplateHost } from '@fazhi/core/node';
import { describe, expect, test } from 'vitest';
import { scaffoldReport, SCAFFOLD_PARTS } from '../src/scaffold.js';

const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [builtinTemplatesDir()] }));

describe('a new report scaffold', () => {
  const text = scaffoldReport({ template: 'national', year: 2025, jurisdiction: { name: '示例县', kind: 'county' } });

  test('parses, names its template and jurisdiction, and has every required part', () => {
    const parsed = parseReport(text, { source: 'new.report.yaml' });
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toMatchObject({ template: 'national', year: 2025, jurisdiction: { name: '示例县', kind: 'county' } });
    for (const part of SCAFFOLD_PARTS) expect(parsed.data).toHaveProperty(part);
  });

  test('the validator reports only what the writer has to fill in, never a missing part', () => {
    const parsed = parseReport(text, { source: 'new.report.yaml' });
    const codes = new Set(validateReport(parsed, { templates: catalog, today: new Date('2026-06-01') }).map((d) => d.code));
    expect(codes.has('placeholder')).toBe(true);
    expect([...codes].filter((c) => /missing|schema|syntax/.test(c))).toEqual([]);
  });

  test("follows the pack's part order", () => {
    const haian = scaffoldReport({ template: 'haian-dev-zone', year: 2025, jurisdiction: { name: '海安高新区' }, order: ['measures', 'responsibility', 'shortcomings', 'plans'] });
    const national = scaffoldReport({ template: 'national', year: 2025, jurisdiction: { name: '示例县' }, order: ['measures', 'shortcomings', 'responsibility', 'plans'] });
    expect(haian.indexOf('\nresponsibility:')).toBeLessThan(haian.indexOf('\nshortcomings:'));
    expect(national.indexOf('\nshortcomings:')).toBeLessThan(national.indexOf('\nresponsibility:'));
  });

  test('quotes a jurisdiction name that YAML would misread', () => {
    const odd = scaffoldReport({ template: 'national', year: 2025, jurisdiction: { name: 'no: 1 #县' } });
    expect(parseReport(odd, { source: 'x.yaml' }).data).toMatchObject({ jurisdiction: { name: 'no: 1 #县' } });
  });
});
