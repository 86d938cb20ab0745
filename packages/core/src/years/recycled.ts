import { normaliseForOverlap, shinglesOf } from './shingles.js';
import type { Sentence } from './text-units.js';

/** A run of this year's sentences carried over from last year, and the sentence of last year's it is closest to. */
export interface RecycledPassage {
  current: Sentence;
  previous: Sentence;
  /** The share of the passage's phrases found in last year's report, 0–1. */
  similarity: number;
}

export interface RecycledText {
  passages: RecycledPassage[];
  /** The share of this year's prose (in characters, numbers counted as one) that is recycled, 0–1. */
  share: number;
}

/** Shorter sentences are formulas every report has (现将2023年法治政府建设有关工作情况报告如下): not worth a word. */
const MIN_CHARS = 25;
/** At or above this share of its phrases found in last year's text, a sentence is recycled. */
const THRESHOLD = 0.75;

/**
 * Sentences of this year's prose that last year's report already had, nearly verbatim: a measure of
 * overlap (six-character shingles of the text with numbers and punctuation removed), so changing the
 * figures or a word or two does not make a sentence new.
 */
export function findRecycled(current: Sentence[], previous: Sentence[]): RecycledText {
  const owner = new Map<number, number>();
  previous.forEach((s, id) => {
    for (const sh of shinglesOf(normaliseForOverlap(s.text))) if (!owner.has(sh)) owner.set(sh, id);
  });
  let total = 0;
  let recycled = 0;
  const hits: Array<{ sentence: Sentence; previous: Sentence; similarity: number }> = [];
  for (const sentence of current) {
    const norm = normaliseForOverlap(sentence.text);
    total += norm.length;
    // A sentence that cites `${figures}` states this year's figures from stats: its wording is meant to recur.
    if (norm.length < MIN_CHARS || sentence.text.includes('${')) continue;
    const shingles = shinglesOf(norm);
    let found = 0;
    for (const sh of shingles) if (owner.has(sh)) found++;
    const similarity = found / shingles.length;
    if (similarity < THRESHOLD) continue;
    recycled += norm.length;
    // Which of last year's sentences: the one most of its phrases come from (counted only for recycled ones).
    const votes = new Map<number, number>();
    for (const sh of shingles) {
      const id = owner.get(sh);
      if (id !== undefined) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] as number;
    hits.push({ sentence, previous: previous[best] as Sentence, similarity });
  }
  return { passages: mergeRuns(hits), share: total ? recycled / total : 0 };
}

/** Consecutive recycled sentences of one string become one passage: one finding per copied paragraph. */
function mergeRuns(hits: Array<{ sentence: Sentence; previous: Sentence; similarity: number }>): RecycledPassage[] {
  const out: RecycledPassage[] = [];
  for (const hit of hits) {
    const last = out[out.length - 1];
    if (last && last.current.node === hit.sentence.node && last.current.end === hit.sentence.start) {
      const before = last.current.text.length;
      last.current = { ...last.current, end: hit.sentence.end, text: last.current.text + hit.sentence.text };
      last.similarity = (last.similarity * before + hit.similarity * hit.sentence.text.length) / last.current.text.length;
    } else {
      out.push({ current: hit.sentence, previous: hit.previous, similarity: hit.similarity });
    }
  }
  return out;
}
