import { reportSchema } from '@fazhi/schema';
import { numberFindings } from '../schema/number-findings.js';
import { schemaFindings } from '../schema/schema-findings.js';
import type { Rule } from '../rule.js';

/** The data against the report JSON Schema: keys, types, required keys, enums, value forms. */
export const schema: Rule = {
  codes: ['unknown-key', 'missing-key', 'wrong-type', 'bad-enum', 'invalid-value'],
  check(ctx) {
    // An unparseable file has already said why; schema errors on top of it would only mislead.
    if (ctx.report.problems.some((p) => p.severity === 'error')) return;
    if (ctx.report.data === undefined || ctx.report.data === null) {
      ctx.add({
        code: 'wrong-type',
        severity: 'error',
        range: { start: 0, end: 0 },
        message: {
          zh: '文件是空的：至少要写 template、year 和 jurisdiction。可以用 fazhi new 生成一份。',
          en: 'The file is empty: it needs at least template, year and jurisdiction (fazhi new scaffolds one).',
        },
      });
      return;
    }
    for (const f of numberFindings(ctx.report.doc, ctx.report.text)) ctx.add(f);
    for (const f of schemaFindings(ctx.report.doc, ctx.report.data, reportSchema)) ctx.add(f);
  },
};
