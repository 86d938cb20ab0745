import { isTitlePath } from '../prose-paths.js';
import type { Rule } from '../rule.js';

/**
 * Titles are written without their final full stop: a run-in heading gets “。” from the template, a
 * heading on its own line gets none, so a typed one would print twice or where it does not belong.
 */
export const titleFullStop: Rule = {
  codes: ['title-full-stop'],
  check(ctx) {
    for (const scalar of ctx.prose()) {
      if (!isTitlePath(scalar.path) || scalar.path.length < 2) continue;
      const m = /[。.．]+\s*$/.exec(scalar.value);
      if (!m) continue;
      const at = ctx.offsetsOf(scalar.node);
      const range = { start: at(m.index), end: at(scalar.value.length - 1) + 1 };
      ctx.add({
        code: 'title-full-stop',
        severity: 'warning',
        range,
        message: {
          zh: '标题末尾不用写句号：模板会按格式决定是否加“。”。',
          en: 'Leave out the final full stop of a title: the template adds one where the format wants it.',
        },
        fix: { title: { zh: '删去句号', en: 'Remove the full stop' }, edits: [{ range, newText: '' }] },
      });
    }
  },
};
