import { scanFigureReferences } from '../../figures/references.js';
import { FULLWIDTH_OF, containsHan, isChineseText } from '../../text/cjk.js';
import type { Rule } from '../rule.js';

const HALFWIDTH = /[,:;()?!]/g;
const ANY_HALFWIDTH = /[,:;()?!]/;

/**
 * Half-width , : ; ( ) ? ! inside Chinese text: GB/T 15834 asks for full-width forms, and text pasted
 * from web pages is full of half-width ones. Digits keep theirs (1,000  8:30), and so does Latin text.
 */
export const halfwidthPunctuation: Rule = {
  codes: ['halfwidth-punctuation'],
  check(ctx) {
    for (const scalar of ctx.prose()) {
      const { value } = scalar;
      if (!ANY_HALFWIDTH.test(value)) continue;
      const skip = protectedSpans(value);
      const hits = findHits(value, skip);
      if (hits.length === 0) continue;
      const at = ctx.offsetsOf(scalar.node);
      for (const i of hits) {
        const ch = value[i] as string;
        const full = FULLWIDTH_OF[ch] as string;
        const range = { start: at(i), end: at(i) + 1 };
        ctx.add({
          code: 'halfwidth-punctuation',
          severity: 'warning',
          range,
          message: {
            zh: `中文里用了半角“${ch}”：应为全角“${full}”。`,
            en: `Half-width "${ch}" in Chinese text: use the full-width "${full}".`,
          },
          fix: { title: { zh: `改为“${full}”`, en: `Change to "${full}"` }, edits: [{ range, newText: full }] },
        });
      }
    }
  },
};

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
