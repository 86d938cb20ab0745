/**
 * Text reduced to what a copy keeps: Han characters and letters, every number (digits, words, `${figure}`) a
 * single `#`, no spaces or punctuation. A sentence copied from last year with its figures and year changed reduces to the same string.
 */
export function normaliseForOverlap(text: string): string {
  return text
    .replace(/\$\{[^}]*\}/g, '#')
    .replace(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g, '#')
    // Numbers in words too (三个工作日 → 两个工作日); 一窗、统一 become #窗、统# in both years alike.
    .replace(/[零一二三四五六七八九十百千万两〇]+/g, '#')
    .replace(/[^\p{Script=Han}\p{L}#]+/gu, '')
    .toLowerCase();
}

/** Shingle length: six characters is a short phrase in Chinese; shorter ones repeat across any two reports. */
export const SHINGLE = 6;

/**
 * The overlapping SHINGLE-character pieces of a normalised text, each as a 32-bit hash (a review compares
 * a thousand reports: numbers in a Map cost a fraction of strings). A collision merges two phrases, which
 * at 2^32 against some thousands of phrases a report does not happen in practice.
 */
export function shinglesOf(normalised: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + SHINGLE <= normalised.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ normalised.charCodeAt(j), 0x01000193);
    out.push(h >>> 0);
  }
  return out;
}

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** Pairs of adjacent Han characters of a text, each as one number: the unit the plan follow-up matches topics by. */
export function hanBigrams(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (isHan(a) && isHan(b)) out.add(a * 0x10000 + b);
  }
  return out;
}
