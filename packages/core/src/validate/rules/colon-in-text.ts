import { isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import { isChineseText } from '../../text/cjk.js';
import { blockScalarRanges, insideAny } from '../block-ranges.js';
import type { Rule, RuleContext } from '../rule.js';

// `key: value`, possibly as a list item: the value is where a colon in the prose can hide.
const KEY_AND_VALUE = /^([ \t]*(?:-[ \t]+)*[A-Za-z_][\w-]*:[ \t]+)([^\n]*)$/gm;
// A half-width colon after Chinese text and before a space or the line end: YAML reads it as "key: value".
const PROSE_COLON = /:(?=[ \t]|$)/g;

/**
 * A half-width colon typed in Chinese prose (`intro: 主要负责人: 县政府……`) makes YAML see a second key on the
 * line (an error), or turn a list item into a mapping with a Chinese key. The fix is a full-width colon there;
 * the parser's message ("missing colon on the line above?") would send the writer elsewhere.
 */
export const colonInText: Rule = {
  codes: ['colon-in-text'],
  check(ctx) {
    const { text } = ctx.report;
    if (!text.includes(':')) return;
    inValues(ctx);
    inListItems(ctx);
  },
};

/** `key: 中文: 中文` on one line: YAML's error names this line. */
function inValues(ctx: RuleContext): void {
  const { text, lines, problems } = ctx.report;
  const errorLines = new Set(problems.filter((p) => p.code === 'syntax').map((p) => lines.positionAt(p.range.start).line));
  if (errorLines.size === 0) return;
  const blocks = blockScalarRanges(ctx.report);
  for (const m of text.matchAll(KEY_AND_VALUE)) {
    const valueStart = m.index + (m[1] as string).length;
    const value = (m[2] as string).replace(/[ \t]+#.*$/, '');
    if (/^['"[{|>&*!#%@`]/.test(value) || insideAny(valueStart, blocks) || !errorLines.has(lines.positionAt(m.index).line)) continue;
    for (const c of value.matchAll(PROSE_COLON)) {
      if (isChineseText(value[c.index - 1])) report(ctx, valueStart + c.index, value.slice(c.index + 1));
    }
  }
}

/** `- 依法行政: 认识有待强化`: a list item that YAML reads as a mapping with one Chinese key (never a key of a report). */
function inListItems(ctx: RuleContext): void {
  const visit = (node: Node | null | undefined, underStats: boolean): void => {
    if (isSeq(node)) {
      for (const item of node.items) {
        if (isMap(item) && item.items.length === 1 && !underStats) {
          const pair = item.items[0];
          const key = pair?.key;
          const value = pair?.value;
          if (isScalar(key) && key.type === Scalar.PLAIN && typeof key.value === 'string' && key.range && isChineseText(key.value.at(-1)) && (isScalar(value) || value == null)) {
            const colon = ctx.report.text.indexOf(':', key.range[1]);
            const sameLine = !ctx.report.text.slice(key.range[1], colon).includes('\n');
            if (colon >= 0 && sameLine && (!isScalar(value) || value.type === Scalar.PLAIN)) report(ctx, colon, ctx.report.text.slice(colon + 1));
            continue;
          }
        }
        visit(item as Node, underStats);
      }
    } else if (isMap(node)) {
      for (const pair of node.items) visit(pair.value as Node, underStats || (node === ctx.report.doc.contents && isScalar(pair.key) && pair.key.value === 'stats'));
    }
  };
  visit(ctx.report.doc.contents as Node, false);
}

function report(ctx: RuleContext, colonAt: number, after: string): void {
  const spaces = /^[ \t]*/.exec(after)?.[0].length ?? 0;
  const range = { start: colonAt, end: colonAt + 1 };
  ctx.add({
    code: 'colon-in-text',
    severity: 'error',
    range,
    message: {
      zh: '正文里的半角冒号“:”后面跟着空格，YAML 把它当成了键和值的分隔：这一行的正文里请用全角冒号“：”。',
      en: 'A half-width colon followed by a space inside the text: YAML reads it as a key separator. Use the full-width colon "：" in the text on this line.',
    },
    fix: { title: { zh: '改为全角冒号“：”', en: 'Use the full-width colon "："' }, edits: [{ range: { start: colonAt, end: colonAt + 1 + spaces }, newText: '：' }] },
  });
}
