import type { Message } from '../validate/diagnostic.js';

type Rec = Record<string, unknown>;

export interface StaleSentence {
  /** The top-level key the sentence is under (preamble, measures, …). */
  key: string;
  sentence: string;
}

/** A year of the old report's frame, in a title or heading: the report year, or the year after it. */
const YEAR = /(?<!\d)(\d{4})(?=\s*年)/g;

/**
 * Last year's report as the start of this year's: `year` becomes `to`, titles and headings name the new
 * years (the report year and the year after it), last year's 发布日期 is dropped and the signature date moved
 * by the same number of years. Prose is the writer's: it is left as written, and every sentence that still
 * names the old year (or, in the plans, the old plans' year) is returned so the import can flag it.
 */
export function shiftYear(data: Rec, from: number, to: number): StaleSentence[] {
  const shift = (text: string) => text.replace(YEAR, (y) => (Number(y) === from ? String(to) : Number(y) === from + 1 ? String(to + 1) : y));
  data.year = to;
  delete data.published;
  if (typeof data.title === 'string') data.title = shift(data.title);
  const signature = data.signature as Rec | undefined;
  if (signature && typeof signature.date === 'string') signature.date = signature.date.replace(/^\d{4}/, (y) => String(Number(y) + to - from));

  const stale: StaleSentence[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (['template', 'year', 'jurisdiction', 'title', 'signature', 'unplaced', 'recipient'].includes(key)) continue;
    const old = key === 'plans' ? [from, from + 1] : [from];
    const holder: Rec = { [key]: value };
    walk(holder, (text, isHeading) => {
      if (isHeading) return shift(text);
      for (const sentence of text.split(/(?<=[。；！？\n])/)) {
        if (old.some((y) => new RegExp(`(?<!\\d)${y}\\s*年`).test(sentence))) stale.push({ key, sentence: sentence.trim() });
      }
      return text;
    });
    data[key] = holder[key];
  }
  return stale;
}

/** Every string under `value`; `title` fields are headings and may be rewritten. */
function walk(value: unknown, visit: (text: string, isHeading: boolean) => string): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => (typeof v === 'string' ? (value[i] = visit(v, false)) : walk(v, visit)));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const rec = value as Rec;
  for (const [k, v] of Object.entries(rec)) {
    if (typeof v === 'string') rec[k] = visit(v, k === 'title');
    else walk(v, visit);
  }
}

export function staleWarnings(stale: StaleSentence[], from: number, to: number): Message[] {
  return stale.map(({ key, sentence }) => ({
    zh: `${key} 中仍写着${from}年的内容，请改写为${to}年的情况：${sentence}`,
    en: `${key} still speaks of ${from}; rewrite it for ${to}: ${sentence}`,
  }));
}
