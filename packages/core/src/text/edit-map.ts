import type { Range, TextEdit } from '../validate/diagnostic.js';

/**
 * Applies non-overlapping edits and keeps the way back: `toOriginal` maps an offset in the edited text
 * to the offset it came from (an offset inside a replacement maps to the replaced range's start).
 */
interface Span {
  newStart: number;
  newEnd: number;
  orig: Range;
}

export function applyEditsWithMap(text: string, edits: readonly TextEdit[]): { text: string; toOriginal: (o: number) => number } {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const parts: string[] = [];
  // Each entry: where a replacement starts in the new text, its length there, and the original range.
  const spans: Span[] = [];
  let cursor = 0;
  let newLength = 0;
  for (const e of sorted) {
    if (e.range.start < cursor) continue; // overlapping edit: keep the first
    parts.push(text.slice(cursor, e.range.start));
    newLength += e.range.start - cursor;
    spans.push({ newStart: newLength, newEnd: newLength + e.newText.length, orig: e.range });
    parts.push(e.newText);
    newLength += e.newText.length;
    cursor = e.range.end;
  }
  parts.push(text.slice(cursor));
  // Binary search: a scan per offset made 20,000 full-width colons (20,000 edits, as many findings) quadratic.
  const toOriginal = (o: number): number => {
    let lo = 0;
    let hi = spans.length - 1;
    let last = -1; // the last span starting at or before o
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as Span).newStart <= o) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (last === -1) return o;
    const s = spans[last] as Span;
    return o < s.newEnd ? s.orig.start : o + s.orig.end - s.newEnd;
  };
  return { text: parts.join(''), toOriginal };
}
