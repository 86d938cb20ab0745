import { parseReport, renderReport, validateReport, writeDocx, writeText } from '@fazhi/core';
import { DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { all, openDocx } from '../docx/open-docx.js';
import { catalog } from '../helpers.js';

// Every pack that ships a golden example: the example passes `fazhi check` (no errors), renders to its example.txt
// word for word, and renders to a Word file whose text is the same report. `fazhi templates lint` checks the
// first two for maintainers' own packs too; this keeps the repository's gallery honest in the test suite.
const packs = catalog.ids().filter((id) => catalog.host.readTemplateFile(id, 'example.yaml') !== undefined);

describe.each(packs)('gallery pack %s', (id) => {
  const yaml = catalog.host.readTemplateFile(id, 'example.yaml') as string;
  const parsed = parseReport(yaml, { source: `templates/${id}/example.yaml` });
  const result = renderReport(parsed, catalog);

  it('example.yaml passes fazhi check and names this pack', () => {
    expect(parsed.data).toMatchObject({ template: id });
    const errors = validateReport(parsed, { templates: catalog }).filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it('renders to example.txt word for word', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(writeText(result.document!)).toBe(catalog.host.readTemplateFile(id, 'example.txt'));
  });

  it('renders to a Word file carrying the same text', async () => {
    const docx = openDocx(await writeDocx(result.document!));
    const body = docx.xml('word/document.xml');
    const words = all(body, 'w:t').map((t) => DomUtils.textContent(t)).join('');
    const text = writeText(result.document!).replace(/[\s\t]/g, '');
    // Word holds the same characters (the title may be broken into lines, the imprint joined by a tab).
    expect(words.replace(/\s/g, '')).toBe(text);
  });
});

describe('the gallery', () => {
  it('has the jurisdiction kinds and forms issue 14 asks for', () => {
    const suits = new Set(packs.flatMap((id) => catalog.resolve(id).manifest!.suits.slice(0, 1)));
    for (const kind of ['province', 'city', 'county', 'district', 'county-city', 'township', 'street-office', 'development-zone', 'department']) {
      expect(suits, kind).toContain(kind);
    }
    expect(packs.length).toBeGreaterThanOrEqual(14);
  });
});
