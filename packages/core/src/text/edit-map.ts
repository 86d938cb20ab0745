import type { Range, TextEdit } from '../validate/diagnostic.js';

/**
 * Applies non-overlapping edits and keeps the way back: `toOriginal` maps an offset in the edited text
 * to the offset it came from (an offset inside a replacement maps to the replaced range's start).
 */
export function applyEditsWithMap(text: string, edits: readonly TextEdit[]): { text: string; toOriginal: (o: number) => number } {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const parts: string[] = [];
  // Each entry: where a replacement starts in the new text, its length there, and the original range.
  const spans: Array<{ newStart: number; newEnd: number; orig: Range }> = [];
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
  const toOriginal = (o: number): number => {
    let delta = 0;
    for (const s of spans) {
      if (o < s.newStart) break;
      if (o < s.newEnd) return s.orig.start;
      delta = s.orig.end - s.newEnd;
    }
    return o + delta;
  };
  return { text: parts.join(''), toOriginal };
}
