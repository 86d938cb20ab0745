import { Scalar } from 'yaml';
import { SOURCE_CONTROL_CHARS, CONTROL_CHARS } from '../../text/control-chars.js';
import { rangeOf, visitScalars } from '../../parse/yaml-nodes.js';
import type { Rule } from '../rule.js';

/** `U+0007 U+001B`: the characters are invisible, so the message names them. */
const codePoints = (s: string) =>
  [...new Set(s)]
    .slice(0, 4)
    .map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');

/**
 * Invisible control characters, written raw (pasted from another program) or as a double-quoted escape.
 * The writers drop them, so the report is unharmed; the writer is told, because what they see in the
 * editor is not what gets printed.
 */
export const controlChars: Rule = {
  codes: ['control-character'],
  check(ctx) {
    const text = ctx.report.text;
    for (const m of text.matchAll(SOURCE_CONTROL_CHARS)) {
      // A byte-order mark that opens the file is how some editors save UTF-8; only one inside the text is stray.
      if (m.index === 0 && m[0] === '\uFEFF') continue;
      const range = { start: m.index, end: m.index + m[0].length };
      ctx.add({
        code: 'control-character',
        severity: 'warning',
        range,
        message: {
          zh: `这里有看不见的控制字符或格式字符（${codePoints(m[0])}，如零宽字符、文字方向控制符），多半是从别的软件粘贴来的；输出时会被删掉。请删除它。`,
          en: `Invisible control or format character (${codePoints(m[0])}: zero-width, bidi override, C1 control…), probably pasted from another program; it is dropped from the output. Delete it.`,
        },
        fix: { title: { zh: '删除控制字符', en: 'Delete the control character' }, edits: [{ range, newText: '' }] },
      });
    }
    // Escapes are written only in double-quoted strings: a text without `"` has none, and no walk is needed.
    if (!text.includes('"')) return;
    visitScalars(ctx.report.doc.contents, (node) => {
      if (node.type !== Scalar.QUOTE_DOUBLE || typeof node.value !== 'string') return;
      const found = node.value.match(CONTROL_CHARS);
      const range = rangeOf(node);
      // Written raw, it is already reported above, with a fix.
      if (!found || !range || text.slice(range.start, range.end).search(SOURCE_CONTROL_CHARS) >= 0) return;
      ctx.add({
        code: 'control-character',
        severity: 'warning',
        range,
        message: {
          zh: `这段文字的转义写法产生了控制字符（${codePoints(found.join(''))}），输出时会被删掉：请删除对应的“\\”转义。`,
          en: `An escape in this text produces a control character (${codePoints(found.join(''))}), which is dropped from the output: remove the "\\" escape.`,
        },
      });
    });
  },
};
