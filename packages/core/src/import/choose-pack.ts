import { expandLabel } from '../render/labels.js';
import type { TemplateCatalog } from '../templates/catalog.js';
import type { PartKey, ResolvedManifest } from '../templates/manifest.js';
import type { Evidence } from './body.js';
import { sumSeen } from './numbering-seen.js';
import type { Outline } from './outline.js';

export interface PackFacts {
  outline: Outline;
  traditional: boolean;
  /** What the data will hold, for expanding labels (year, jurisdiction). */
  data: Record<string, unknown>;
}

export interface PackChoice {
  manifest: ResolvedManifest;
  score: number;
}

/** Same text once punctuation width and spacing are set aside. */
export const sameText = (a: string, b: string) => squash(a) === squash(b);
const squash = (s: string) => s.replace(/[\s，。：；、,.:;]/g, '');

/**
 * The pack whose structure fits the imported report best: script, which parts in which order, heading
 * wordings, whether a title or salutation is printed, the item and point layout. A tie goes to `national`.
 * What a pack cannot print at all (a part missing from its order, a required field) weighs most.
 */
export function choosePack(catalog: TemplateCatalog, facts: PackFacts): PackChoice | undefined {
  const ids = catalog.ids().slice().sort((a, b) => (a === 'national' ? -1 : b === 'national' ? 1 : a.localeCompare(b)));
  let best: PackChoice | undefined;
  for (const id of ids) {
    const { manifest } = catalog.resolve(id);
    if (!manifest) continue;
    const score = scorePack(manifest, facts);
    if (!best || score > best.score) best = { manifest, score };
  }
  return best;
}

export function scorePack(m: ResolvedManifest, { outline, traditional, data }: PackFacts): number {
  let score = 0;
  if ((m.script === 'zh-Hant') !== traditional) score -= 100;
  const missing = new Set<string>();
  const label = (key: 'title' | PartKey) => expandLabel(m.labels[key], data, missing);

  const sections = outline.parts.some((p) => p.key === 'section');
  for (const req of m.requires) {
    const met = req === 'measures.sections' ? sections : req === 'recipient' ? outline.recipient !== undefined : true;
    if (!met) score -= 100;
  }
  if (sections && m.requires.includes('measures.sections')) score += 10;

  const keys = outline.parts.map((p) => (p.key === 'section' ? 'measures' : p.key));
  let position = -1;
  for (const key of new Set(keys)) {
    const at = m.order.indexOf(key);
    if (at < 0) score -= 50;
    else if (at < position) score -= 20;
    else position = at;
  }
  for (const part of outline.parts) if (part.key !== 'section' && sameText(part.heading, label(part.key))) score += 5;

  if (outline.title !== undefined) score += m.show.title ? (sameText(outline.title, label('title')) ? 5 : 0) : -20;
  else if (m.show.title) score -= 20;
  if (outline.recipient !== undefined && !m.show.salutation) score -= 20;
  if (outline.closing.length > 0 && !m.show.closing) score -= 20;
  if (outline.signature?.organization && !m.show.signature) score -= 20;

  score += layoutScore(m, outline.evidence) + numberingScore(m, outline);
  const kind = (data.jurisdiction as { kind?: string } | undefined)?.kind;
  if (kind && (m.suits as string[]).includes(kind)) score += 2;
  return score;
}

function layoutScore(m: ResolvedManifest, ev: Evidence): number {
  const vote = (yes: number, no: number, wants: boolean) => (yes === no ? 0 : (yes > no) === wants ? 8 : -8);
  return (
    vote(ev.runIn, ev.ownLine, m.layout.item_heading === 'run-in') +
    vote(ev.pointsInline, ev.pointsParagraphs + ev.numbered, m.layout.points === 'inline') +
    vote(ev.introJoined, ev.introSeparate, m.layout.intro_joins_points) +
    vote(ev.partRunIn, ev.partOwnLine, m.numbering.part.layout === 'run-in') * 4
  );
}

/**
 * A pack that prints other enumerators than the report shows would re-number it (一是 → 1., 1. → （一）), so
 * it wins only where nothing else fits: each part's items and points are compared with the pack's numbering
 * for that part, style first (−30 when any differs, up to −60 as more do), then continuous counting (−8).
 */
export function numberingScore(m: ResolvedManifest, outline: Outline): number {
  let score = 0;
  if (m.numbering.part.style !== '一、') score -= 30;
  let compared = 0;
  let differ = 0;
  for (const part of outline.parts) {
    const n = m.partNumbering[part.key === 'section' ? 'measures' : part.key] ?? m.numbering;
    const item = part.body.seen.item.top();
    const point = part.body.seen.point.top();
    for (const [seen, printed] of [[item?.style, n.item.style], [point?.style, n.point.style]] as const) {
      if (seen === undefined) continue;
      compared++;
      if (seen !== printed) differ++;
    }
  }
  // Any re-numbered level changes the report's words, which no layout match makes up for; more of them weigh more.
  if (differ > 0) score -= 30 + Math.round((30 * differ) / compared);
  const all = sumSeen(outline.parts.map((p) => p.body.seen));
  if (all.continues !== all.restarts && all.continues > all.restarts !== (m.numbering.point.continuous ?? false)) score -= 8;
  return score;
}
