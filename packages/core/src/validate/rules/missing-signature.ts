import { firstKeyRange, nodeAt, rangeOf } from '../../parse/yaml-nodes.js';
import type { Rule } from '../rule.js';

/**
 * A pack that prints a 落款 with nothing to print ends the report without one, which no published report does.
 * `fazhi new` writes the signature commented out (the writer fills it in), so this is what reminds them.
 * A warning: the report still renders.
 */
export const missingSignature: Rule = {
  codes: ['missing-signature'],
  check(ctx) {
    const id = ctx.data?.template;
    const catalog = ctx.templates;
    // An unknown or broken pack is the template rule's to report; after a syntax error the data is partial.
    if (!catalog || typeof id !== 'string' || !catalog.has(id) || ctx.report.problems.some((p) => p.severity === 'error')) return;
    const { manifest } = catalog.resolve(id);
    if (!manifest?.show.signature) return;
    // A signature written incompletely or with the wrong type is the schema rule's to report.
    if (ctx.data?.signature !== undefined) return;
    const range = rangeOf(nodeAt(ctx.report.doc, ['template'])) ?? firstKeyRange(ctx.report.doc);
    ctx.add({
      code: 'missing-signature',
      severity: 'warning',
      range,
      message: {
        zh: `模板“${manifest.name}”在文末印落款，但没有填写 signature（organization 落款单位，date 成文日期）：请添加，或去掉“fazhi new”生成的 signature 几行开头的“#”。`,
        en: `Template "${manifest.name_en || id}" prints a signature at the end, but signature (organization and date) is not filled in: add it, or uncomment the signature lines "fazhi new" wrote.`,
      },
    });
  },
};
