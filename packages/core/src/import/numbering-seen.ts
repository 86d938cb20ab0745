import type { ItemPlacement, NumberStyle, PointPlacement } from '../templates/manifest.js';

/** How one heading or point was printed in the imported report: its enumerator's style and its placement. */
export interface Seen<P> {
  style: NumberStyle;
  layout: P;
}

/** Votes for how a level is numbered; the majority is what a pack should print (a tie goes to the first seen). */
export class Tally<T> {
  private readonly counts = new Map<string, { value: T; n: number }>();

  add(value: T, n = 1): void {
    const key = JSON.stringify(value);
    const entry = this.counts.get(key);
    if (entry) entry.n += n;
    else this.counts.set(key, { value, n });
  }

  addAll(other: Tally<T>): void {
    for (const { value, n } of other.entries()) this.add(value, n);
  }

  entries(): Array<{ value: T; n: number }> {
    return [...this.counts.values()];
  }

  get total(): number {
    return this.entries().reduce((sum, e) => sum + e.n, 0);
  }

  top(): T | undefined {
    let best: { value: T; n: number } | undefined;
    for (const e of this.counts.values()) if (!best || e.n > best.n) best = e;
    return best?.value;
  }
}

/**
 * The numbering one part of the report shows, level by level: its items (（一）, or 1. where the part has no
 * （一）), its points (一是 inline or as paragraphs, 1. （1） ① paragraphs, a title on its own line), and whether
 * numbered points count on from one item to the next or restart.
 */
export interface NumberingSeen {
  item: Tally<Seen<ItemPlacement>>;
  point: Tally<Seen<PointPlacement>>;
  /** Items whose first numbered point goes on from the last item's count (（二） opening with 3.). */
  continues: number;
  /** Items whose numbered points start again at 1 after an item that had some. */
  restarts: number;
}

export const noNumberingSeen = (): NumberingSeen => ({ item: new Tally(), point: new Tally(), continues: 0, restarts: 0 });

/** The numbering of several parts together (the pack-wide majority). */
export function sumSeen(all: readonly NumberingSeen[]): NumberingSeen {
  const out = noNumberingSeen();
  for (const s of all) {
    out.item.addAll(s.item);
    out.point.addAll(s.point);
    out.continues += s.continues;
    out.restarts += s.restarts;
  }
  return out;
}
