/**
 * Breaks a long title into lines the way GB/T 9704 asks (7.3.2: “排列对称，长短适宜，间距恰当，标题排列应当使用梯形或
 * 菱形”): never inside a number or next to the punctuation that binds it, preferably where a phrase ends, and in a
 * trapezoid or diamond, never a rectangle or an hourglass. Without a dictionary, phrase ends are the joints these
 * titles are built from: the jurisdiction's name, the year, 关于, 法治政府建设, 情况报告.
 */
export function titleLines(title: string, maxEms: number, jurisdiction = ''): string[] {
  const chars = [...title];
  if (widthOf(chars) <= maxEms) return [title];
  const score = breakScores(chars, jurisdiction);
  const allowed = score.flatMap((s, i) => (s === Infinity ? [] : [i]));
  let best: { lines: string[]; cost: number } | undefined;
  for (let count = 2; count <= 4 && !best; count++) {
    for (const cuts of cutSets(allowed, count - 1)) {
      const parts = [0, ...cuts, chars.length].slice(1).map((end, i, ends) => chars.slice(i ? ends[i - 1] : 0, end));
      const widths = parts.map(widthOf);
      if (widths.some((w) => w > maxEms)) continue;
      const cost = cuts.reduce((n, c) => n + (score[c] ?? 0), 0) + shapeCost(widths);
      if (!best || cost < best.cost) best = { lines: parts.map((p) => p.join('')), cost };
    }
  }
  return best?.lines ?? [title];
}

/** Width in characters of the type size: CJK and full-width forms take one, digits and Latin letters half. */
export function widthOf(chars: string[]): number {
  return chars.reduce((w, c) => w + (c.codePointAt(0)! < 0x2e80 ? 0.5 : 1), 0);
}

const OPENING = new Set([...'（《「『“‘〔【(']);
const CLOSING = new Set([...'）》」』”’〕】)、，。：；？！,.:;?!']);
const ENDS_PHRASE = ['关于', '年度', '年', '政府', '街道', '办事处', '开发区', '高新区', '管委会', '委员会', '建设', '情况', '工作', '县', '市'];
const STARTS_PHRASE = ['关于', '法治政府', '推进', '情况报告', '工作报告', '年度报告'];

/** The cost of a break before character `i`; Infinity where a break would split what belongs together. */
function breakScores(chars: string[], jurisdiction: string): number[] {
  const text = chars.join('');
  return chars.map((c, i) => {
    const prev = chars[i - 1] ?? '';
    if (i === 0) return Infinity;
    if (/[0-9A-Za-z]/.test(prev) && /[0-9A-Za-z]/.test(c)) return Infinity;
    if (CLOSING.has(c) || OPENING.has(prev)) return Infinity;
    const before = chars.slice(0, i).join('');
    const after = text.slice(before.length);
    if (jurisdiction && before === jurisdiction) return 0;
    if (/[0-9]/.test(c) && !/[0-9]/.test(prev)) return 1; // before the year
    if (STARTS_PHRASE.some((w) => after.startsWith(w))) return 1;
    if (ENDS_PHRASE.some((w) => before.endsWith(w))) return 2;
    return 8; // between two characters of what may be one word
  });
}

/** Rectangles and hourglasses are what the standard rules out; a trapezoid widening downwards is preferred. */
function shapeCost(widths: number[]): number {
  let cost = 0;
  if (widths.every((w) => Math.abs(w - widths[0]!) < 1)) cost += 6;
  for (let i = 1; i < widths.length; i++) {
    const diff = widths[i]! - widths[i - 1]!;
    if (diff < 0) cost += 1; // narrowing downwards: allowed (倒梯形), a little less usual
    cost += Math.max(0, Math.abs(diff) - 6) * 0.5; // lines of very different length look unbalanced
  }
  for (let i = 1; i < widths.length - 1; i++) if (widths[i]! < widths[i - 1]! && widths[i]! < widths[i + 1]!) cost += 20;
  return cost;
}

/** Every increasing choice of `k` of the allowed break positions. */
function* cutSets(allowed: number[], k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= allowed.length - k; i++) for (const rest of cutSets(allowed, k - 1, i + 1)) yield [allowed[i]!, ...rest];
}
