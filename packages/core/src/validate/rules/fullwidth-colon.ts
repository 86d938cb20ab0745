import { blockScalarRanges, insideAny } from '../block-ranges.js';
import type { Rule } from '../rule.js';

// A key at the start of a line (optionally a list item), then a full-width colon.
const KEY_WITH_FULLWIDTH_COLON = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*：[ \t\u3000]*/gm;

const atLineEnd = (text: string, i: number) => i >= text.length || text[i] === '\n' || text[i] === '\r';

/**
 * `title：坚持……` is not a key and value to YAML but one string, so the data silently means
 * something else. The input method produces it whenever the writer forgets to switch to half-width.
 */
export const fullwidthColon: Rule = {
  codes: ['fullwidth-colon'],
  check(ctx) {
    const { text } = ctx.report;
    if (!text.includes('：')) return;
    let blocks: Array<[number, number]> | undefined;
    for (const m of text.matchAll(KEY_WITH_FULLWIDTH_COLON)) {
      const colonAt = m.index + m[0].indexOf('：');
      blocks ??= blockScalarRanges(ctx.report);
      if (insideAny(colonAt, blocks)) continue;
      const key = m[2] as string;
      const replaceEnd = m.index + m[0].length;
      ctx.add({
        code: 'fullwidth-colon',
        severity: 'error',
        range: { start: colonAt, end: colonAt + 1 },
        message: {
          zh: `「${key}」后面是全角冒号“：”，YAML 不认它是键：请改成半角冒号加空格“: ”。`,
          en: `"${key}" is followed by a full-width colon "：", so YAML does not read it as a key: use ": ".`,
        },
        fix: {
          title: { zh: '改成半角冒号“: ”', en: 'Use a half-width colon ": "' },
          // A key whose value follows on the next lines gets no trailing space.
          edits: [{ range: { start: colonAt, end: replaceEnd }, newText: atLineEnd(text, replaceEnd) ? ':' : ': ' }],
        },
      });
    }
  },
};
