import { isPlainPointPath, isTitlePath } from '../prose-paths.js';
import type { Rule } from '../rule.js';

const N = '[一二三四五六七八九十]+';
// 一是 / （一） (一) / 一、 / 1. 1、 1． (not 1.5) / （1）, with any separator after it.
const ENUMERATOR = new RegExp(`^\\s*(?:${N}是|[（(](?:${N}|\\d+)[）)]|${N}[、．]|\\d+[.．、](?!\\d))[\\s、，,]*`);

/** A title or point that starts with its own enumerator, although the template numbers it. */
export const duplicateEnumerator: Rule = {
  codes: ['duplicate-enumerator'],
  check(ctx) {
    for (const scalar of ctx.prose()) {
      if (!isTitlePath(scalar.path) && !isPlainPointPath(scalar.path)) continue;
      const m = ENUMERATOR.exec(scalar.value);
      if (!m || m[0].length === scalar.value.length) continue;
      const at = ctx.offsetsOf(scalar.node);
      const range = { start: at(0), end: at(m[0].length) };
      const typed = m[0].trim();
      ctx.add({
        code: 'duplicate-enumerator',
        severity: 'warning',
        range,
        message: {
          zh: `不用写序号“${typed}”：模板会自动编号，写了会重复。`,
          en: `Do not type the enumerator "${typed}": the template numbers this, so it would appear twice.`,
        },
        fix: { title: { zh: `删去“${typed}”`, en: `Remove "${typed}"` }, edits: [{ range, newText: '' }] },
      });
    }
  },
};
