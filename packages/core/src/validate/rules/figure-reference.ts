import { listFigures, lookupFigure } from '../../figures/figures.js';
import { scanFigureReferences } from '../../figures/references.js';
import { closestFigure } from '../../figures/closest-figure.js';
import type { Rule } from '../rule.js';

/** `${name}` must name a figure under stats; input-method spellings like `￥｛name｝` get the fix. */
export const figureReference: Rule = {
  codes: ['unknown-figure', 'figure-syntax'],
  check(ctx) {
    const stats = ctx.data?.stats;
    let names: string[] | undefined;
    // A report names the same few figures thousands of times: each name is looked up once.
    const known = new Map<string, boolean>();
    const isKnown = (name: string) => {
      let found = known.get(name);
      if (found === undefined) known.set(name, (found = lookupFigure(stats, name) !== undefined));
      return found;
    };
    for (const scalar of ctx.prose()) {
      const { refs, malformed } = scanFigureReferences(scalar.value);
      if (malformed.length === 0 && refs.every((ref) => isKnown(ref.name))) continue;
      // offsetsOf maps the value to source offsets on first use, so a scalar with nothing to report costs nothing.
      const at = ctx.offsetsOf(scalar.node);
      const rangeOf = (s: number, e: number) => ({ start: at(s), end: at(e - 1) + 1 });
      for (const ref of refs) {
        if (isKnown(ref.name)) continue;
        names ??= listFigures(stats).map((f) => f.name);
        // A whole group (`${reconsideration}`) exists but is no number: name its figures, not "define it".
        const members = names.filter((n) => n.startsWith(`${ref.name}.`));
        const suggestion = members.length ? undefined : closestFigure(ref.name, names);
        const range = rangeOf(ref.start, ref.end);
        ctx.add({
          code: 'unknown-figure',
          severity: 'error',
          range,
          message: members.length
            ? {
                zh: `“${ref.name}”是一组数字，不是一个数字：请写出其中一项，如 ${members.map((n) => `\${${n}}`).join('、')}。`,
                en: `"${ref.name}" is a group of figures, not one figure: name one of them, e.g. ${members.map((n) => `\${${n}}`).join(', ')}.`,
              }
            : {
                zh: `stats 里没有名为“${ref.name}”的数字。${suggestion ? `是不是 \${${suggestion}}？` : '请先在 stats 下定义它。'}`,
                en: `No figure named "${ref.name}" under stats.${suggestion ? ` Did you mean \${${suggestion}}?` : ' Define it under stats first.'}`,
              },
          fix: suggestion
            ? { title: { zh: `改为 \${${suggestion}}`, en: `Change to \${${suggestion}}` }, edits: [{ range, newText: `\${${suggestion}}` }] }
            : undefined,
        });
      }
      for (const bad of malformed) {
        const range = rangeOf(bad.start, bad.end);
        ctx.add({
          code: 'figure-syntax',
          severity: bad.replacement ? 'warning' : 'error',
          range,
          message: bad.replacement
            ? { zh: `数字引用要用半角符号：写作 ${bad.replacement}。`, en: `Figure references use half-width characters: ${bad.replacement}.` }
            : { zh: '数字引用没写完整：格式是 ${名称}，名称由汉字、字母、数字、下划线组成。', en: 'Incomplete figure reference: write ${name}.' },
          fix: bad.replacement
            ? { title: { zh: `改为 ${bad.replacement}`, en: `Change to ${bad.replacement}` }, edits: [{ range, newText: bad.replacement }] }
            : undefined,
        });
      }
    }
  },
};
