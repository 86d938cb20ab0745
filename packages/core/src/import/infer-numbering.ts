import type { ItemPlacement, LevelNumbering, Numbering, NumberingInput, PartOptions, PointPlacement, ResolvedManifest, TemplateManifest } from '../templates/manifest.js';
import type { Outline } from './outline.js';
import { sumSeen, type NumberingSeen, type Seen } from './numbering-seen.js';

type PointInput = Partial<Numbering['point']>;

/**
 * The numbering a report shows, as manifest options: pack-wide the majority of what its parts print (part headings
 * run in or on their own line; items （一） or 1. …, run in or own line; points 一是 inline or 1. （1） ① as
 * paragraphs, titles on their own line, counting on through a part or not), and `parts.<key>.numbering` for a
 * part that prints a level otherwise. A level the report never shows is left to the closest pack. Faces are not
 * read: text carries no bold, so each style keeps the face GB/T 9704 gives it.
 */
export function inferNumbering(outline: Outline, closest: ResolvedManifest): Pick<TemplateManifest, 'numbering' | 'parts'> {
  const ev = outline.evidence;
  const all = sumSeen(outline.parts.map((p) => p.body.seen));
  const numbering: NumberingInput = {};
  if (ev.partRunIn !== ev.partOwnLine) numbering.part = { layout: ev.partRunIn > ev.partOwnLine ? 'run-in' : 'own-line' };
  const item = all.item.top();
  if (item) numbering.item = item;
  const point = pointInput(all, closest.numbering.point);
  if (point) numbering.point = point;

  const wide = { item: item ?? closest.numbering.item, point: { ...closest.numbering.point, ...point } };
  const parts: Record<string, PartOptions> = {};
  for (const part of outline.parts) {
    const key = part.key === 'section' ? 'measures' : part.key;
    if (parts[key]) continue;
    const own = ownNumbering(part.body.seen, wide);
    if (own) parts[key] = { numbering: own };
  }
  return { numbering, ...(Object.keys(parts).length ? { parts } : {}) };
}

function pointInput(seen: NumberingSeen, inherited: Numbering['point']): PointInput | undefined {
  const top = seen.point.top();
  if (!top) return undefined;
  const continuous = seen.continues !== seen.restarts ? seen.continues > seen.restarts : undefined;
  return { ...top, ...(continuous !== undefined && continuous !== (inherited.continuous ?? false) ? { continuous } : {}) };
}

/** What one part prints otherwise than the pack-wide numbering, or nothing. */
function ownNumbering(seen: NumberingSeen, wide: { item: LevelNumbering<ItemPlacement>; point: PointInput & Partial<Seen<PointPlacement>> }): NumberingInput | undefined {
  const out: NumberingInput = {};
  const item = seen.item.top();
  if (item && (item.style !== wide.item.style || item.layout !== wide.item.layout)) out.item = item;
  const point = seen.point.top();
  if (point && (point.style !== wide.point.style || point.layout !== wide.point.layout)) out.point = point;
  return Object.keys(out).length ? out : undefined;
}
