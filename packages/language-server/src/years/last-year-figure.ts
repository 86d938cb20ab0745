import { formatFigure, lookupFigure, type Locale } from '@fazhi/core';
import { pick, type ServerContext } from '../context.js';

/** “去年：48（今年 +10%）” for a figure of an open report, when last year's report names it too. */
export function lastYearFigure(context: ServerContext, uri: string, name: string, current: unknown, locale: Locale): string | undefined {
  const report = context.previous.get(uri)?.report;
  if (!report) return undefined;
  const before = lookupFigure((report.parsed.data as { stats?: unknown } | undefined)?.stats, name);
  if (!before) return undefined;
  const now = lookupFigure((current as { stats?: unknown } | undefined)?.stats, name);
  const was = formatFigure(before);
  let change = '';
  if (now && typeof now.value === 'number' && typeof before.value === 'number' && before.value !== 0) {
    const pct = Math.round((now.value / before.value - 1) * 100);
    change = pick(locale, `（今年 ${pct >= 0 ? '+' : ''}${pct}%）`, ` (this year ${pct >= 0 ? '+' : ''}${pct}%)`);
  }
  return `${pick(locale, '去年', 'Last year')}：**${was}${before.unit ?? ''}**${change}`;
}

/** The figure name a place under `stats` is about: ['stats', 'reconsideration', 'received'] → reconsideration.received. */
export function figureNameAt(path: ReadonlyArray<string | number>): string | undefined {
  if (path[0] !== 'stats' || path.length < 2) return undefined;
  const rest = path.slice(1).map(String);
  if (['value', 'unit', 'label'].includes(rest[rest.length - 1] as string) && rest.length > 1) rest.pop();
  return rest.join('.');
}
