import { FULLWIDTH_OF } from '../../text/cjk.js';
import { halfwidthHits } from '../../text/halfwidth.js';
import type { Rule } from '../rule.js';

/**
 * Half-width , : ; ( ) ? ! inside Chinese text: GB/T 15834 asks for full-width forms, and text pasted
 * from web pages is full of half-width ones. Digits keep theirs (1,000  8:30), and so does Latin text.
 */
export const halfwidthPunctuation: Rule = {
  codes: ['halfwidth-punctuation'],
  check(ctx) {
    for (const scalar of ctx.prose()) {
      const { value } = scalar;
      const hits = halfwidthHits(value);
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
