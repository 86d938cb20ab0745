import { checkManifest, LABEL_VARIABLES } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { expandLabel } from '../../src/render/labels.js';
import { catalog } from '../helpers.js';
import { catalogWith } from './pack-host.js';

/** The findings as `code@text`, the text being what the range covers. */
const check = (text: string, folder = 't', cat = catalog) =>
  checkManifest(text, { folder, catalog: cat }).findings.map((f) => `${f.code}@${text.slice(f.range.start, f.range.end)}`);

describe('checkManifest: a template.yaml checked where each problem is written', () => {
  it('passes every built-in manifest', () => {
    for (const id of catalog.ids()) expect(check(catalog.host.readTemplateFile(id, 'template.yaml') ?? '', id), id).toEqual([]);
  });

  it('reports the manifest schema as a data file gets its schema: unknown keys and values, with the fix', () => {
    const { findings } = checkManifest('id: t\nname: 测\nextend: national\nscript: zh-Hanz\n', { folder: 't' });
    expect(findings.map((f) => [f.code, f.fix?.edits[0]?.newText])).toEqual([
      ['unknown-key', 'extends'],
      ['bad-enum', 'zh-Hans'],
    ]);
  });

  it('id must be the folder name; extends must name another pack that exists', () => {
    expect(check('id: mouxian\nname: 某县\nextends: nationl\n', 'mouxian-county')).toEqual(['manifest-id@mouxian', 'unknown-template@nationl']);
    expect(checkManifest('id: t\nname: 测\nextends: nationl\n', { folder: 't', catalog }).findings[0]?.fix?.edits[0]?.newText).toBe('national');
    expect(check('id: t\nname: 测\nextends: t\n')).toEqual(['template-extends@t']);
  });

  it('requires paths, order keys and label values, each at its item', () => {
    const text = 'id: t\nname: 测\nextends: national\nrequires: [recipient, signature.organisation]\norder: [measures, plan, other_notes]\nlabels:\n  other_notes: 其他\n  title: ${jurisdiction.nam}${year}年报告\n';
    expect(check(text)).toEqual(['requires-path@signature.organisation', 'order-part@plan', 'label-variable@${jurisdiction.nam}']);
  });

  it('an order key labelled by the parent pack is not an error', () => {
    const cat = catalogWith({ base: { 'template.yaml': 'id: base\nname: 底\nextends: national\nlabels:\n  other_notes: 其他\n' } });
    expect(check('id: t\nname: 测\nextends: base\norder: [measures, other_notes]\n', 't', cat)).toEqual([]);
  });

  it('a label variable inside quotes or a folded scalar is found at its place', () => {
    expect(check('id: t\nname: 测\nlabels:\n  title: "${yaer}年"\n  plans: >-\n    下一年\n    ${nxt_year}\n')).toEqual(['label-variable@${yaer}', 'label-variable@${nxt_year}']);
  });

  it('every label variable offered is one expandLabel fills', () => {
    const missing = new Set<string>();
    const data = { year: 2023, jurisdiction: { name: '某县', short_name: '某', province: '某省', superior: '某市' } };
    expandLabel(LABEL_VARIABLES.map((v) => `\${${v.name}}`).join(''), data, missing);
    expect([...missing]).toEqual([]);
    expandLabel('${unknown_thing}', data, missing);
    expect([...missing]).toEqual(['unknown_thing']);
  });
});
