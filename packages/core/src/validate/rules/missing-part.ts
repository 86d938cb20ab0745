import { firstKeyRange } from '../../parse/yaml-nodes.js';
import { PART_KEYS } from '../../templates/manifest.js';
import type { Rule, RuleContext } from '../rule.js';
import { partInsertion } from '../part-insertion.js';

const REGULATION = '《法治政府建设与责任落实督察工作规定》';

/** The four parts every annual report must contain (the fifth, “other matters”, is optional). */
export const REQUIRED_PARTS = {
  measures: { zh: '上一年度推进法治政府建设的主要举措和成效', en: 'measures and results of the report year' },
  shortcomings: { zh: '上一年度推进法治政府建设存在的不足和原因', en: 'shortcomings and their causes' },
  responsibility: {
    zh: '党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
    en: 'how the principal leaders carried out their duty as first responsible persons',
  },
  plans: { zh: '下一年度推进法治政府建设的主要安排', en: 'plans for the next year' },
} as const;

const hasContent = (part: unknown): boolean => {
  if (typeof part !== 'object' || part === null) return false;
  return Object.values(part).some((v) => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v.trim() !== ''));
};

/** Warns (never refuses) when a part the regulation requires is missing: some places still omit one. */
export const missingPart: Rule = {
  codes: ['missing-part'],
  check(ctx) {
    // After a syntax error the data is whatever the parser salvaged; "missing" would usually be false.
    if (!ctx.data || ctx.report.problems.some((p) => p.severity === 'error')) return;
    for (const [key, what] of Object.entries(REQUIRED_PARTS)) {
      const part = ctx.data[key];
      // A part written with the wrong type is there: the schema rule says what is wrong with it.
      if (hasContent(part) || (part !== undefined && part !== null && typeof part !== 'object')) continue;
      const { doc, lines, text } = ctx.report;
      ctx.add({
        code: 'missing-part',
        severity: 'warning',
        range: firstKeyRange(doc),
        message: {
          zh: `缺少“${what.zh}”（${key}）：${REGULATION}要求年度报告包含这一部分。请添加顶层的键“${key}:”，在下面写这一部分。`,
          en: `Missing "${key}" (${what.en}), which the ${REGULATION} requires in every annual report: add the top-level key "${key}:" and write the part under it.`,
        },
        fix: {
          title: { zh: `添加“${key}”部分（待填写）`, en: `Add an empty "${key}" part to fill in` },
          edits: [partInsertion(doc, lines, text, key, what.zh, partOrder(ctx))],
        },
      });
    }
  },
};

/** The chosen pack's order of parts, then the parts it does not print (the regulation's order without a pack). */
function partOrder(ctx: RuleContext): readonly string[] {
  const id = ctx.data?.template;
  const manifest = typeof id === 'string' && ctx.templates?.has(id) ? ctx.templates.resolve(id).manifest : undefined;
  if (!manifest) return PART_KEYS;
  return [...manifest.order, ...PART_KEYS.filter((k) => !manifest.order.includes(k))];
}
