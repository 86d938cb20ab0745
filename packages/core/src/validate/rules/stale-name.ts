import type { Rule } from '../rule.js';

interface Period {
  name: string;
  start: number;
  end: number;
}

const PUFA_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** The five-year 普法 plans: “一五” began in 1986, each lasts five years. */
const pufa = (ordinal: string): Period | undefined => {
  const n = PUFA_ORDINALS.indexOf(ordinal) + 1;
  return n ? { name: `“${ordinal}五”普法`, start: 1986 + (n - 1) * 5, end: 1990 + (n - 1) * 5 } : undefined;
};
/** The five-year plans: 十一五 is 2006–2010. */
const plan = (ordinal: string): Period | undefined => {
  const n = PUFA_ORDINALS.indexOf(ordinal) + 1;
  return n ? { name: `“十${ordinal}五”规划`, start: 2006 + (n - 1) * 5, end: 2010 + (n - 1) * 5 } : undefined;
};

const PUFA = /[“"]?([一二三四五六七八九十])五[”"]?(?=\s*(?:普法|法治宣传教育))/g;
const PLAN = /[“"]?十([一二三四五六七八九])五[”"]?(?=\s*(?:规划|时期|期间|期末))/g;
const OUTLINE = /法治政府建设实施纲要[（(]\s*(\d{4})\s*[-－—–~～至]\s*(\d{4})\s*年?\s*[）)]/g;

function current(kind: 'pufa' | 'plan' | 'outline', year: number): string {
  if (kind === 'outline') return year >= 2021 && year <= 2025 ? '《法治政府建设实施纲要（2021－2025年）》' : '当期的法治政府建设实施纲要';
  const n = Math.floor((year - (kind === 'pufa' ? 1986 : 2006)) / 5);
  const ord = PUFA_ORDINALS[n];
  if (!ord) return '当期的规划';
  return kind === 'pufa' ? `“${ord}五”普法` : `“十${ord}五”规划`;
}

/**
 * A name of a five-year plan whose period does not cover the report year. The year right after a period
 * (its review) and right before one (its drafting) are allowed; further off, the text is stale.
 */
export const staleName: Rule = {
  codes: ['stale-name'],
  check(ctx) {
    const year = ctx.data?.year;
    if (typeof year !== 'number') return;
    for (const scalar of ctx.prose()) {
      const { value } = scalar;
      if (!/五|纲要/.test(value)) continue;
      const found: Array<{ index: number; length: number; period: Period; kind: 'pufa' | 'plan' | 'outline' }> = [];
      for (const m of value.matchAll(PUFA)) {
        const p = pufa(m[1] as string);
        if (p) found.push({ index: m.index, length: m[0].length, period: p, kind: 'pufa' });
      }
      for (const m of value.matchAll(PLAN)) {
        const p = plan(m[1] as string);
        if (p) found.push({ index: m.index, length: m[0].length, period: p, kind: 'plan' });
      }
      for (const m of value.matchAll(OUTLINE)) {
        const p = { name: `纲要（${m[1]}－${m[2]}年）`, start: Number(m[1]), end: Number(m[2]) };
        found.push({ index: m.index, length: m[0].length, period: p, kind: 'outline' });
      }
      for (const f of found) {
        if (year >= f.period.start - 1 && year <= f.period.end + 1) continue;
        const at = ctx.offsetsOf(scalar.node);
        const now = current(f.kind, year);
        ctx.add({
          code: 'stale-name',
          severity: 'warning',
          range: { start: at(f.index), end: at(f.index + f.length - 1) + 1 },
          message: {
            zh: `${f.period.name}是${f.period.start}—${f.period.end}年的，${year}年度报告应写${now}。`,
            en: `${f.period.name} covers ${f.period.start}–${f.period.end}; a ${year} report should refer to ${now}.`,
          },
        });
      }
    }
  },
};
