import { reportRange } from '../../parse/yaml-nodes.js';
import type { Rule } from '../rule.js';

/**
 * Measures are either one part with items (the usual “一、主要举措和成效 （一）……”) or thematic
 * sections, each its own first-level heading. Both at once has no sensible rendering.
 */
export const measuresShape: Rule = {
  codes: ['sections-and-items'],
  check(ctx) {
    const m = ctx.data?.measures as Record<string, unknown> | undefined;
    if (!m || typeof m !== 'object' || !Array.isArray(m.sections) || m.sections.length === 0) return;
    for (const key of ['items', 'points', 'intro', 'title']) {
      if (m[key] === undefined) continue;
      ctx.add({
        code: 'sections-and-items',
        severity: 'error',
        range: reportRange(ctx.report.doc, ['measures', key]),
        message: {
          zh: `写了 sections（专题部分）就不能再写 ${key}：把它移进某个专题部分里。`,
          en: `With sections, measures cannot also have ${key}: move it into one of the sections.`,
        },
      });
    }
  },
};
