import { Scalar } from 'yaml';
import type { Rule } from '../rule.js';

const PAIRS: Record<string, string> = { '“': '”', '‘': '’' };

/**
 * `title: “坚持……”` was meant as a quoted YAML string, but full-width quotes are ordinary characters:
 * they end up printed in the report.
 */
export const fullwidthQuotes: Rule = {
  codes: ['fullwidth-quotes'],
  check(ctx) {
    for (const { node, value } of ctx.prose()) {
      if (node.type !== Scalar.PLAIN || value.length < 2) continue;
      const close = PAIRS[value[0] as string];
      if (!close || !value.endsWith(close)) continue;
      const inner = value.slice(1, -1);
      if (inner.includes(value[0] as string) || inner.includes(close)) continue;
      const [start, end] = node.range ?? [0, 0];
      ctx.add({
        code: 'fullwidth-quotes',
        severity: 'warning',
        range: { start, end },
        message: {
          zh: '整段文字被全角引号括住了：全角引号不是 YAML 的引号，会原样印进报告。如要加引号请用半角 "…"，否则删掉。',
          en: 'The whole value is wrapped in full-width quotes, which YAML does not treat as quoting: they would be printed.',
        },
        fix: {
          title: { zh: '改为 YAML 引号', en: 'Use YAML quotes' },
          edits: [{ range: { start, end }, newText: JSON.stringify(inner) }],
        },
      });
    }
  },
};
