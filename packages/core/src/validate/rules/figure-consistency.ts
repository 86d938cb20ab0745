import { nodeAt, rangeOf, reportRange } from '../../parse/yaml-nodes.js';
import type { Rule } from '../rule.js';

/** Known counts that cannot exceed one another: [group, smaller, larger, zh, en]. */
const ORDERINGS: Array<[string, string, string, string, string]> = [
  ['reconsideration', 'accepted', 'received', '受理的行政复议案件不能多于收到的', 'accepted cannot exceed received'],
  ['reconsideration', 'concluded', 'accepted', '审结的行政复议案件多于受理的', 'concluded exceeds accepted'],
  ['litigation', 'hearings', 'cases', '开庭审理的案件不能多于应诉案件', 'hearings cannot exceed cases'],
  ['litigation', 'heads_appeared', 'hearings', '负责人出庭应诉不能多于开庭审理的案件', 'heads appeared cannot exceed hearings'],
];

const numberAt = (stats: unknown, group: string, key: string): number | undefined => {
  const g = (stats as Record<string, unknown> | undefined)?.[group] as Record<string, unknown> | undefined;
  const v = g?.[key];
  const value = typeof v === 'object' && v !== null ? (v as { value?: unknown }).value : v;
  return typeof value === 'number' ? value : undefined;
};

export const figureConsistency: Rule = {
  codes: ['figure-inconsistent'],
  check(ctx) {
    const stats = ctx.data?.stats;
    for (const [group, small, large, zh, en] of ORDERINGS) {
      const a = numberAt(stats, group, small);
      const b = numberAt(stats, group, large);
      if (a === undefined || b === undefined || a <= b) continue;
      const path = ['stats', group, small];
      ctx.add({
        code: 'figure-inconsistent',
        severity: 'warning',
        range: rangeOf(nodeAt(ctx.report.doc, path)) ?? reportRange(ctx.report.doc, path),
        message: {
          zh: `${zh}（${small}: ${a} > ${large}: ${b}）。如含上年结转的案件，请在正文说明并核对数字。`,
          en: `${en} (${small}: ${a} > ${large}: ${b}). If carried-over cases are included, say so and check the figures.`,
        },
      });
    }
  },
};
