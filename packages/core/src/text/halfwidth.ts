import { scanFigureReferences } from '../figures/references.js';
import { FULLWIDTH_OF, containsHan, isChineseText } from './cjk.js';

/**
 * Half-width , : ; ( ) ? ! that stand in Chinese text, where GB/T 15834 asks for full-width forms.
 * Shared by the validation rule (which warns) and the renderer (which always prints full-width).
 */
const HALFWIDTH = /[,:;()?!]/g;
const ANY_HALFWIDTH = /[,:;()?!]/;

/** Indexes of half-width punctuation in Chinese context; digits (1,000  8:30), Latin text, URLs and figure references keep theirs. */
export function halfwidthHits(value: string): number[] {
  if (!ANY_HALFWIDTH.test(value)) return [];
  return findHits(value, protectedSpans(value));
}

/** The text with every half-width mark in Chinese context replaced by its full-width form. */
export function toFullwidthPunctuation(value: string): string {
  const hits = halfwidthHits(value);
  if (hits.length === 0) return value;
  const chars = value.split('');
  for (const i of hits) chars[i] = FULLWIDTH_OF[chars[i] as string] as string;
  return chars.join('');
}

/** Figure references and URLs keep their ASCII punctuation. */
function protectedSpans(value: string): Array<[number, number]> {
  const spans: Array<[number, number]> = scanFigureReferences(value).refs.map((r) => [r.start, r.end]);
  for (const m of value.matchAll(/[a-z][a-z0-9+.-]*:\/\/\S+/gi)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function findHits(value: string, skip: Array<[number, number]>): number[] {
  const hits: number[] = [];
  const paren = parenPairs(value);
  for (const m of value.matchAll(HALFWIDTH)) {
    const i = m.index;
    if (skip.some(([s, e]) => i >= s && i < e)) continue;
    const ch = m[0];
    const before = neighbour(value, i, -1);
    const after = neighbour(value, i, 1);
    if (ch === '(' || ch === ')') {
      const mate = paren.get(i);
      const inner = mate === undefined ? '' : value.slice(Math.min(i, mate) + 1, Math.max(i, mate));
      const outside = ch === '(' ? before : after;
      if (containsHan(inner) || isChineseText(outside) || (mate === undefined && (isChineseText(before) || isChineseText(after)))) hits.push(i);
      continue;
    }
    if ((ch === ',' || ch === ':') && /\d/.test(value[i - 1] ?? '') && /\d/.test(value[i + 1] ?? '')) continue;
    if (isChineseText(before) || isChineseText(after)) hits.push(i);
  }
  return hits;
}

function neighbour(value: string, i: number, step: 1 | -1): string | undefined {
  let k = i + step;
  while (value[k] === ' ') k += step;
  return value[k];
}

/** Index of each half-width parenthesis → index of its mate. */
function parenPairs(value: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '(') stack.push(i);
    else if (value[i] === ')' && stack.length) {
      const open = stack.pop() as number;
      pairs.set(open, i);
      pairs.set(i, open);
    }
  }
  return pairs;
}

/**
 * Straight double quotes in Chinese text as “ ” pairs. Only when they pair up: an odd count means the writer
 * meant something else (an inch mark, a typo), and validation points at it instead.
 */
export function toCurlyQuotes(value: string): string {
  if (!value.includes('"') || !containsHan(value)) return value;
  const count = value.split('"').length - 1;
  if (count % 2 !== 0) return value;
  let open = true;
  return value.replace(/"/g, () => {
    const q = open ? '“' : '”';
    open = !open;
    return q;
  });
}
