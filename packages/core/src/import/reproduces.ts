import { distance } from 'fastest-levenshtein';
import { parseReport } from '../parse/parse-report.js';
import { renderReport } from '../render/render-report.js';
import type { TemplateCatalog } from '../templates/catalog.js';
import { writeText } from '../write/text.js';
import { simplify } from './normalise.js';
import { writeYaml } from './write-yaml.js';

/** The text a data file renders to with the given packs, or undefined when it does not render. */
export function renderedText(data: Record<string, unknown>, catalog: TemplateCatalog): string | undefined {
  const document = renderReport(parseReport(writeYaml(data)), catalog).document;
  return document ? writeText(document) : undefined;
}

/**
 * How close a rendering is to the report it was imported from: 1 − edit distance / length, both sides in
 * simplified script (the source paragraphs already are), spacing set aside. With `paragraphs`, where a paragraph
 * breaks counts too (a heading run in or on its own line is then a difference), blank lines and indents not.
 */
export function closeness(rendered: string | undefined, source: string, { paragraphs = false } = {}): number {
  if (rendered === undefined) return 0;
  const squash = paragraphs ? squashKeepingBreaks : squashAll;
  const a = squash(simplify(rendered));
  const b = squash(source);
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

const squashAll = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const squashKeepingBreaks = (s: string) =>
  s
    .split('\n')
    .map(squashAll)
    .filter(Boolean)
    .join('\n');
