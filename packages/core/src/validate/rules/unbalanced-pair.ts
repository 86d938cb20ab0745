import type { Rule } from '../rule.js';

const OPENERS: Record<string, string> = { '“': '”', '《': '》', '（': '）', '【': '】', '‘': '’', '(': ')' };
const CLOSERS = new Map(Object.entries(OPENERS).map(([o, c]) => [c, o]));
// A half-width parenthesis may pair with a full-width one: that is a width slip, reported elsewhere.
const SAME: Record<string, string> = { '(': '（', ')': '）' };
const norm = (ch: string) => SAME[ch] ?? ch;
const PAIR_CHARS = /[“”《》（）【】‘’()]/g;
const ANY_PAIR_CHAR = /[“”《》（）【】‘’()]/;

/** Unclosed or stray “” 《》 （） 【】 ‘’ inside one value. */
export const unbalancedPair: Rule = {
  codes: ['unbalanced-pair'],
  check(ctx) {
    for (const scalar of ctx.prose()) {
      const { value } = scalar;
      if (!ANY_PAIR_CHAR.test(value)) continue;
      const stack: number[] = [];
      const bad: number[] = [];
      // Visiting only the pair characters, not every character, keeps a 3 MB file's check fast.
      for (const m of value.matchAll(PAIR_CHARS)) {
        const i = m.index;
        const ch = m[0];
        if (OPENERS[ch] !== undefined) stack.push(i);
        else if (CLOSERS.has(ch)) {
          const top = stack[stack.length - 1];
          if (top !== undefined && norm(OPENERS[value[top] as string] as string) === norm(ch)) stack.pop();
          else bad.push(i);
        }
      }
      bad.push(...stack);
      if (bad.length === 0) continue;
      const at = ctx.offsetsOf(scalar.node);
      for (const i of bad.sort((a, b) => a - b)) {
        const ch = value[i] as string;
        const opener = OPENERS[ch] !== undefined;
        const mate = opener ? OPENERS[ch] : CLOSERS.get(ch);
        ctx.add({
          code: 'unbalanced-pair',
          severity: 'warning',
          range: { start: at(i), end: at(i) + 1 },
          message: opener
            ? { zh: `“${ch}”没有对应的“${mate}”。`, en: `"${ch}" is never closed by "${mate}".` }
            : { zh: `“${ch}”前面没有对应的“${mate}”。`, en: `"${ch}" has no matching "${mate}" before it.` },
        });
      }
    }
  },
};
