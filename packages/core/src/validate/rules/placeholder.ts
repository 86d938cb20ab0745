import { reportRange } from '../../parse/yaml-nodes.js';
import type { Rule } from '../rule.js';

/** What `fazhi new` writes where the writer must fill in, and the usual hand-written stand-ins. */
export const PLACEHOLDER = '【待填写】';
const PLACEHOLDERS = /【待填写[^】]*】|（待填写）|TODO|×{2,}|X{3,}/g;

/** Scaffold text not yet replaced, and imported text not yet placed. */
export const placeholder: Rule = {
  codes: ['placeholder', 'unplaced-text'],
  check(ctx) {
    for (const scalar of ctx.prose()) {
      if (!scalar.value.includes('【') && !/TODO|××|XXX|待填写/.test(scalar.value)) continue;
      for (const m of scalar.value.matchAll(PLACEHOLDERS)) {
        const at = ctx.offsetsOf(scalar.node);
        ctx.add({
          code: 'placeholder',
          severity: 'warning',
          range: { start: at(m.index), end: at(m.index + m[0].length - 1) + 1 },
          message: { zh: `请填写这里：“${m[0]}”还是占位文字。`, en: `Fill this in: "${m[0]}" is placeholder text.` },
        });
      }
    }
    const unplaced = ctx.data?.unplaced;
    if (Array.isArray(unplaced) && unplaced.length > 0) {
      ctx.add({
        code: 'unplaced-text',
        severity: 'warning',
        range: reportRange(ctx.report.doc, ['unplaced']),
        message: {
          zh: `导入时有 ${unplaced.length} 段文字未能归类：请把它们移到合适的部分，然后删掉 unplaced。`,
          en: `${unplaced.length} imported passages could not be placed: move them into the right part, then delete unplaced.`,
        },
      });
    }
  },
};
