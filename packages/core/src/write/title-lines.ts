import type { ReportDocument } from '../document/report-document.js';
import { TITLE_EMS } from './docx/page.js';

/**
 * The report title's lines as every writer sets them: the .docx with line breaks, the HTML (print and preview)
 * with one block per line, so the page in the editor breaks where the Word file does. The text must already be
 * clean of control characters, as both writers' output is.
 */
export function reportTitleLines(text: string, doc: ReportDocument, clean: (line: string) => string): string[] {
  return writtenLines(text).flatMap((line) => titleLines(clean(line), TITLE_EMS, doc.meta.jurisdiction));
}

/**
 * The lines a title or a signature's organs were written on (`title: |` with one line per row): joint issuers each
 * on their own line (“中共某某街道工作委员会 / 某某街道办事处 / 关于……的报告”) are a layout the standard's rules cannot
 * infer from the words, so the writer's breaks stand, and only a written title line too long for the page is broken
 * further.
 */
export function writtenLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/**
 * The title on one line, for a document's properties, a page's <title> and Markdown's heading: lines ending in an
 * organ's name keep a space before the next organ (joint issuers, as “中共中央 国务院关于……” is cited); others join directly.
 */
export function titleOnOneLine(text: string): string {
  return writtenLines(text).reduce((out, line) => (out === '' ? line : ORGAN_END.test(out) && !line.startsWith('关于') ? `${out} ${line}` : out + line), '');
}

/** Organs on one line (an imprint's 印发机关 has one line), apart by a space. */
export const oneLine = (organs: string): string => writtenLines(organs).join(' ');

const ORGAN_END = /(委员会|党工委|党委|委|人民政府|政府|办事处|管委会|局|厅|办公室)$/;

/**
 * Breaks a long title into lines the way GB/T 9704 asks (7.3.2: “排列对称，长短适宜，间距恰当，标题排列应当使用梯形或
 * 菱形”): never inside a number or next to the punctuation that binds it, preferably where a phrase ends, and in a
 * trapezoid or diamond, never a rectangle or an hourglass. Without a dictionary, phrase ends are the joints these
 * titles are built from: the jurisdiction's name, the year, 关于, 法治政府建设, 情况报告.
 */
export function titleLines(title: string, maxEms: number, jurisdiction = ''): string[] {
  const chars = [...title];
  const prefix = [0];
  chars.forEach((c, i) => prefix.push(prefix[i]! + setWidth(c, chars[i - 1])));
  const total = prefix[chars.length]!;
  if (total <= maxEms) return [title];
  const score = breakScores(chars, jurisdiction);
  const allowed = score.flatMap((s, i) => (s === Infinity ? [] : [i]));
  let best: { cuts: number[]; cost: number } | undefined;
  let budget = SEARCH_BUDGET;
  // Depth first over break positions; a line that would overflow, or leave too much for the lines left, ends a branch.
  const search = (from: number, linesLeft: number, cuts: number[], cost: number): void => {
    if ((best && cost >= best.cost) || budget-- <= 0) return;
    if (linesLeft === 1) {
      if (total - prefix[from]! > maxEms) return;
      const ends = [...cuts, chars.length];
      const all = cost + shapeCost(ends.map((end, i) => prefix[end]! - prefix[i ? ends[i - 1]! : 0]!));
      if (!best || all < best.cost) best = { cuts, cost: all };
      return;
    }
    for (const cut of allowed) {
      if (cut <= from) continue;
      if (prefix[cut]! - prefix[from]! > maxEms) break;
      if (total - prefix[cut]! > maxEms * (linesLeft - 1)) continue;
      search(cut, linesLeft - 1, [...cuts, cut], cost + score[cut]!);
    }
  };
  // One line more than the fewest possible, so that a title just too long for two full lines can still take shape.
  const fewest = Math.ceil(total / maxEms);
  // That extra line costs something: a title that fits two lines is not set on three for a slightly better shape.
  for (let count = fewest; count <= fewest + 1; count++) search(0, count, [], (count - fewest) * EXTRA_LINE);
  const found = best as { cuts: number[] } | undefined;
  if (!found) return fill(chars, maxEms);
  return [...found.cuts, chars.length].map((end, i, ends) => chars.slice(i ? ends[i - 1] : 0, end).join(''));
}

const EXTRA_LINE = 3;

/** Search steps before settling for the best shape found: a real title needs a few hundred, nonsense input millions. */
const SEARCH_BUDGET = 20_000;

/** Width in characters of the type size: CJK and full-width forms take one, digits and Latin letters half. */
export function widthOf(chars: string[]): number {
  return chars.reduce((w, c) => w + charWidth(c), 0);
}

const charWidth = (c: string) => (c.codePointAt(0)! < 0x2e80 ? 0.5 : 1);

/**
 * What a character takes on a title line as Word and LibreOffice set it, erring wide so a line never wraps on its
 * own: a digit or Latin letter in a fallback face (DejaVu Sans' digits are 0.64 em, where 方正小标宋 is not installed)
 * and the quarter em both put between Chinese and Western text (w:autoSpaceDE/DN, on by default). Counted at
 * half an em, “……办事处关于2026年度法治政府建设情况的报告” (19 em) left 告 alone on a third line in LibreOffice.
 */
function setWidth(c: string, before: string | undefined): number {
  const latin = c.codePointAt(0)! < 0x2e80;
  const switches = before !== undefined && latin !== before.codePointAt(0)! < 0x2e80 && /[0-9A-Za-z]/.test(latin ? c : before);
  return (latin ? 0.65 : 1) + (switches ? 0.25 : 0);
}

const OPENING = new Set([...'（《「『“‘〔【(']);
const CLOSING = new Set([...'）》」』”’〕】)、，。：；？！,.:;?!']);
const ORGAN_SUFFIX = /^(办事处|辦事處|管委会|管委會|管理委员会|管理委員會|工作委员会|工作委員會|委员会|委員會|人民政府)/;
const ENDS_PHRASE = ['年度', '年', '政府', '街道', '办事处', '开发区', '高新区', '管委会', '委员会', '办公室', '司法局', '建设', '情况', '工作', '负责人', '职责', '县', '市'];
const STARTS_PHRASE = ['关于', '法治政府', '推进', '情况报告', '工作报告', '年度报告', '（', '《'];

/** The cost of a break before character `i`; Infinity where a break would split what belongs together. */
function breakScores(chars: string[], jurisdiction: string): number[] {
  const text = chars.join('');
  let before = '';
  return chars.map((c, i) => {
    const prev = chars[i - 1] ?? '';
    before += prev;
    if (i === 0) return Infinity;
    if (/[0-9A-Za-z]/.test(prev) && /[0-9A-Za-z]/.test(c)) return Infinity;
    if (CLOSING.has(c) || OPENING.has(prev)) return Infinity;
    const after = text.slice(before.length);
    if (ORGAN_SUFFIX.test(after)) return 8; // “广顺街道 / 办事处”, “仁和镇 / 人民政府”: the rest of a name
    // A title is 发文机关 + 关于 + 事由 + 文种 (GB/T 9704 7.3.2): the issuer ends where 关于 begins, and 关于 never
    // ends a line, away from the matter it introduces.
    if (after.startsWith('关于') && i > 0) return 0;
    if (before.endsWith('关于')) return 8;
    if (jurisdiction && before.endsWith(jurisdiction)) return 0;
    if (/[0-9]/.test(c) && !/[0-9]/.test(prev)) return 1; // before the year
    if (STARTS_PHRASE.some((w) => after.startsWith(w))) return 1;
    if (ENDS_PHRASE.some((w) => before.endsWith(w))) return 2;
    return 8; // between two characters of what may be one word
  });
}

/** Rectangles and hourglasses are what the standard rules out; a trapezoid widening downwards is preferred. */
function shapeCost(widths: number[]): number {
  let cost = 0;
  if (widths.every((w) => Math.abs(w - widths[0]!) < 1)) cost += 30;
  for (let i = 1; i < widths.length; i++) {
    const diff = widths[i]! - widths[i - 1]!;
    if (diff < 0) cost += 1; // narrowing downwards: allowed (倒梯形), a little less usual
    // Lines of very different length look unbalanced; a short issuer over a long matter (上短下长) less so.
    cost += Math.max(0, Math.abs(diff) - (diff > 0 ? 12 : 6)) * 0.5;
  }
  for (let i = 1; i < widths.length - 1; i++) if (widths[i]! < widths[i - 1]! && widths[i]! < widths[i + 1]!) cost += 20;
  return cost;
}

/** Full lines, for a title whose every break is ruled out (in practice, only nonsense input). */
function fill(chars: string[], maxEms: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const c of chars) {
    if (width + charWidth(c) > maxEms) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += c;
    width += charWidth(c);
  }
  return [...lines, line];
}
