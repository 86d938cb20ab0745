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

/** The overlapping SHINGLE-character pieces of a normalised text. */
export function shinglesOf(normalised: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= normalised.length; i++) out.push(normalised.slice(i, i + SHINGLE));
  return out;
}

/** Character pairs of a text's Han characters: the unit the plan follow-up matches topics by. */
export function hanBigrams(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}]+/gu, '|');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) {
    const pair = han.slice(i, i + 2);
    if (!pair.includes('|')) out.add(pair);
  }
  return out;
}
