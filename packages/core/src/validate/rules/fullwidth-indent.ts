import { blockScalarRanges, insideAny } from '../block-ranges.js';
import type { Rule } from '../rule.js';

const LEADING_WITH_IDEOGRAPHIC_SPACE = /^([ \t]*\u3000[ \t\u3000]*)(?=\S)/gm;

/**
 * A full-width space (U+3000) looks like two spaces but is a character to YAML, so the line's
 * indentation, and with it the structure, is not what the writer sees.
 */
export const fullwidthIndent: Rule = {
  codes: ['fullwidth-indent'],
  check(ctx) {
    const { text } = ctx.report;
    if (!text.includes('\u3000')) return;
    let blocks: Array<[number, number]> | undefined;
    for (const m of text.matchAll(LEADING_WITH_IDEOGRAPHIC_SPACE)) {
      blocks ??= blockScalarRanges(ctx.report);
      if (insideAny(m.index, blocks)) continue;
      const indent = m[1] as string;
      ctx.add({
        code: 'fullwidth-indent',
        severity: 'error',
        range: { start: m.index, end: m.index + indent.length },
        message: {
          zh: '缩进里有全角空格“　”：YAML 只认半角空格，请把每个全角空格换成两个半角空格。',
          en: 'The indentation contains full-width spaces (U+3000): YAML only accepts ASCII spaces; use two spaces for each.',
        },
        fix: {
          title: { zh: '换成半角空格', en: 'Replace with ASCII spaces' },
          edits: [{ range: { start: m.index, end: m.index + indent.length }, newText: indent.replace(/\u3000/g, '  ') }],
        },
      });
    }
  },
};
