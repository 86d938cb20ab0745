import { describe, expect, it } from 'vitest';
import { importReport, parseReport, renderReport, validateReport, writeText } from '../../src/index.js';
import { catalog } from '../helpers.js';
import { normaliseRendered, normaliseSeed } from '../render/golden-normalise.js';
import { repairedSeedText, seedText, SEEDS } from './seeds.js';

/** Every string the data file holds, normalised like the golden comparison. */
function dataStrings(data: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(...normaliseRendered(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk(data);
  return out.join('\n');
}

/** A normalised seed line → its sentences and clauses, enumerators (一、 (一) 一是) left off. */
function sentences(line: string): string[] {
  return line
    .replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/, '')
    .replace(/(^|[。;,:])[一二三四五六七八九十]+是/g, '$1')
    .split(/(?<=[。;!?:])/)
    .map((s) => s.replace(/[。;:]$/, ''))
    .filter((s) => s !== '');
}

// Generous limits: the first traditional-script render loads OpenCC's dictionaries, and the machine running
// the tests may be shared and loaded.
describe.each(SEEDS)('importing seed $name', { timeout: 60_000 }, (seed) => {
  const result = importReport(repairedSeedText(seed), { catalog, fileName: `${seed.name}.txt` });
  const parsed = parseReport(result.yaml, { source: `${seed.name}.yaml` });

  it(`picks ${seed.pack}`, () => {
    expect(result.templateId).toBe(seed.pack);
  });

  it('passes fazhi check without errors', () => {
    const errors = validateReport(parsed, { templates: catalog }).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    expect(parsed.problems).toEqual([]);
  });

  it('keeps every sentence of the report text', () => {
    const strings = dataStrings(parsed.data);
    const rendered = renderReport(parsed, catalog);
    // The title and part headings a pack prints from its labels are the only report text the data need not hold.
    const labels = new Set(
      (rendered.document?.blocks ?? []).flatMap((b) => (b.kind === 'title' || (b.kind === 'heading' && b.level === 1) ? normaliseRendered(b.text) : [])),
    );
    const lost = normaliseSeed(seedText(seed))
      .filter((line) => !labels.has(line))
      .flatMap(sentences)
      .filter((s) => !strings.includes(s));
    expect(lost).toEqual([]);
  });

  it('renders back to the published report (golden normalisation)', () => {
    const rendered = renderReport(parsed, catalog);
    expect(rendered.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(normaliseRendered(writeText(rendered.document!))).toEqual(normaliseSeed(seedText(seed)));
  });
});
