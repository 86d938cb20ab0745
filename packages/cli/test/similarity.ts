import { distance } from 'fastest-levenshtein';

/** 1 − edit distance / length of the longer text, whitespace set aside: 1 is the same text. */
export function similarity(a: string, b: string): number {
  const x = a.replace(/\s+/g, '');
  const y = b.replace(/\s+/g, '');
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 1 : 1 - distance(x, y) / longer;
}
