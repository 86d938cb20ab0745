import { formatFigure, lookupFigure } from '../../figures/figures.js';
import { HelperError, positional, type TemplateHelper } from './helper.js';

/** A named figure from `stats`, formatted as prose prints it; `{{figure "litigation.cases"}}` → 12. */
export const figure: TemplateHelper = {
  name: 'figure',
  doc: '数据：{{figure "litigation.cases"}} → stats 里该数据的值（不存在时报错）',
  params: [{ name: 'name', zh: 'stats 里数据的名字，加引号，如 "litigation.cases"', en: 'the name of a figure under stats, quoted, e.g. "litigation.cases"' }],
  fn(this: unknown, ...args: unknown[]) {
    const name = String(positional(args)[0]);
    const options = args[args.length - 1] as { data?: { root?: { report?: { stats?: unknown } } } };
    const entry = lookupFigure(options.data?.root?.report?.stats, name);
    if (!entry) throw new HelperError(`stats 里没有数据“${name}”`, `There is no figure "${name}" under stats`);
    return formatFigure(entry);
  },
};
