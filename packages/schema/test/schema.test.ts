import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeNode, propertiesAt, reportSchema, schemaAt } from '../src/index.js';
// @ts-expect-error plain ESM script without types
import { renderReportTypes } from '../scripts/render-types.mjs';
// @ts-expect-error plain ESM script without types
import { renderDataFormat } from '../scripts/render-data-format.mjs';

function* walk(node: unknown, path: string[] = []): Generator<[string[], Record<string, unknown>]> {
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  const props = n.properties as Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(props ?? {})) {
    yield [[...path, k], v as Record<string, unknown>];
    yield* walk(v, [...path, k]);
  }
  for (const [k, v] of Object.entries((n.definitions as Record<string, unknown>) ?? {})) yield* walk(v, ['#', k]);
}

describe('report schema', () => {
  it('documents every field in Chinese and English with an example', () => {
    const missing: string[] = [];
    for (const [path, node] of walk(reportSchema)) {
      if (node.$ref) continue;
      const d = describeNode(node);
      if (!d.title || !d.description || !d.descriptionEn) missing.push(path.join('.'));
    }
    expect(missing).toEqual([]);
  });

  it('walks to nested fields through arrays, references and anyOf', () => {
    expect(schemaAt(['measures', 'items', 0, 'points', 1, 'title'])?.title).toBe('要点标题');
    expect(schemaAt(['stats', 'reconsideration', 'received'])?.title).toBe('收到');
    expect(propertiesAt(['jurisdiction']).map(([k]) => k)).toEqual(['name', 'short_name', 'kind', 'province', 'superior']);
  });

  it('has committed TypeScript types generated from the current schema', async () => {
    const committed = readFileSync(new URL('../src/generated/report-types.ts', import.meta.url), 'utf8');
    expect(await renderReportTypes(reportSchema)).toBe(committed);
  });

  it('has docs/data-format.md generated from the current schema', () => {
    const committed = readFileSync(new URL('../../../docs/data-format.md', import.meta.url), 'utf8');
    expect(renderDataFormat(reportSchema), 'run `pnpm --filter @fazhi/schema generate`').toBe(committed);
  });
});

describe('looksLikeReportText: what makes a YAML file a report data file', () => {
  it('a top-level template id, known or not, or two of template/year/jurisdiction', async () => {
    const { looksLikeReportText } = await import('../src/index.js');
    expect(looksLikeReportText('template: national\n')).toBe(true);
    expect(looksLikeReportText('template: nationl\nyear: 2023\n')).toBe(true);
    expect(looksLikeReportText('template:\nyear: 2023\njurisdiction:\n  name: 万源市\n')).toBe(true);
    expect(looksLikeReportText('year: 2023\njurisdiction:\n  name: 万源市\n')).toBe(true);
    expect(looksLikeReportText('template：national\n')).toBe(true);
  });
  it('other YAML is not: CI workflows, nested template keys, a lone empty template key', async () => {
    const { looksLikeReportText } = await import('../src/index.js');
    expect(looksLikeReportText('on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n')).toBe(false);
    expect(looksLikeReportText('spec:\n  template:\n    metadata: {}\n')).toBe(false);
    expect(looksLikeReportText('template:\n')).toBe(false);
    expect(looksLikeReportText('year: 2023\n')).toBe(false);
  });
});
