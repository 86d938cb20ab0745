import { describe, expect, it } from 'vitest';
import { parseReport, PLACEHOLDER, REQUIRED_PARTS, renderReport, scaffoldReport, validateReport } from '../../src/index.js';
import { catalog } from '../helpers.js';

describe.each(catalog.ids())('scaffoldReport for %s', { timeout: 60_000 }, (id) => {
  const yaml = scaffoldReport({ templateId: id, jurisdiction: '示例县', year: 2024 }, catalog);
  const parsed = parseReport(yaml);
  const { manifest } = catalog.resolve(id);

  it('passes fazhi check with only “fill this in” warnings, and the reminder that the signature is still commented out', () => {
    const unprinted = Object.keys(REQUIRED_PARTS).filter((k) => !manifest!.order.includes(k as never));
    const other = validateReport(parsed, { templates: catalog, today: new Date('2025-01-10') }).filter(
      (d) => d.code !== 'placeholder' && !(d.code === 'missing-part' && unprinted.some((k) => d.message.includes(`（${k}）`))),
    );
    expect(other.map((d) => d.code)).toEqual(manifest!.show.signature ? ['missing-signature'] : []);
    const signed = yaml.replace(/^# (signature:|  organization:|  date:)/gm, '$1');
    expect(validateReport(parseReport(signed), { templates: catalog, today: new Date('2025-01-10') }).filter((d) => d.code === 'missing-signature')).toEqual([]);
  });

  it('holds every part the pack prints and every field it requires, with placeholders', () => {
    const data = parsed.data as Record<string, unknown>;
    expect(data).toMatchObject({ template: id, year: 2024, jurisdiction: { name: '示例县', kind: 'county' } });
    for (const key of manifest!.order) expect(data[key]).toBeDefined();
    for (const req of manifest!.requires) expect(req.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], data)).toBeDefined();
    expect(yaml).toContain(PLACEHOLDER);
    expect(renderReport(parsed, catalog).document).toBeDefined();
  });

  it('comments each part in Chinese with the heading it prints as', () => {
    expect(yaml).toMatch(/^# 示例县2024年度/);
    expect(yaml).toMatch(/# 一、/);
  });
});
