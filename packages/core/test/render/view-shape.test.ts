import { buildViewModel, parseReport } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { VIEW_SHAPE, type Shape } from '../../src/templates/lint/view-shape.js';
import { catalog, source } from '../helpers.js';

// Lint checks templates against VIEW_SHAPE; rendering runs them against buildViewModel. A view model with every
// kind of value present must have exactly the shape's keys, at every depth, so the two cannot drift apart.
const data = parseReport(source`
template: national
year: 2023
jurisdiction: { name: 某县, kind: county }
document_number: 某政文〔2024〕3号
recipient: 某市人民政府
preamble: { text: 现报告如下： }
measures:
  items:
    - title: 条目
      text: 正文
      points: [{ title: 要点, text: 正文 }]
  points: [要点]
  intro: 导语
closing: 结束语
signature: { organization: 某县人民政府, date: 2024-03-19 }
attachments:
  - title: 统计表
    text: 说明
    tables: [{ title: 表, header: [甲, 乙], rows: [[1, 2]] }]
copy_to: 某办公室
printed_by: { organization: 某县人民政府办公室, date: 2024-03-20 }
`, { source: 'full.yaml' }).data as Record<string, unknown>;

function keysBoth(value: unknown, shape: Shape, path: string, out: string[]): void {
  if (shape.kind === 'schema' || value === null) return;
  if (shape.kind === 'list') {
    expect(Array.isArray(value), `${path} is a list`).toBe(true);
    expect((value as unknown[]).length, `${path} has an element to compare`).toBeGreaterThan(0);
    keysBoth((value as unknown[])[0], shape.of, `${path}.0`, out);
    return;
  }
  if (shape.kind === 'scalar') {
    expect(typeof value === 'object', `${path} is a scalar`).toBe(false);
    return;
  }
  const actual = Object.keys(value as object).sort();
  expect(actual, `${path}: view model keys vs VIEW_SHAPE`).toEqual(Object.keys(shape.fields).sort());
  for (const key of actual) keysBoth((value as Record<string, unknown>)[key], shape.fields[key] as Shape, `${path}.${key}`, out);
  out.push(path);
}

describe('VIEW_SHAPE', () => {
  it('has exactly the keys of the view model, at every depth', () => {
    const view = buildViewModel(data, catalog.resolve('national').manifest!, { unknownFigures: new Set(), missingLabelValues: new Set() });
    const visited: string[] = [];
    keysBoth(view, VIEW_SHAPE, 'view', visited);
    // Every object the shape describes was reached (so an empty list cannot hide a drift).
    expect(visited).toEqual(expect.arrayContaining(['view', 'view.units.0', 'view.units.0.items.0', 'view.units.0.items.0.points.0', 'view.attachments.0.tables.0', 'view.printed_by', 'view.signature', 'view.show', 'view.layout']));
  });
});
