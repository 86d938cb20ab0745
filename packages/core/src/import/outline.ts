import type { PartKey } from '../templates/manifest.js';
import type { Message } from '../validate/diagnostic.js';
import { noEvidence, parseBody, type Body, type Evidence } from './body.js';
import { CLOSING_WORDS, dateLine, itemHeading, looksLikeOrganization, partHeading, partOf } from './headings.js';
import { looksLikeTitle } from './jurisdiction.js';
import { numberedText } from './points.js';

export interface PartDraft {
  /** One of the five parts, or a thematic section of the measures. */
  key: PartKey | 'section';
  heading: string;
  body: Body;
}

/** The report's structure as found in its paragraphs, before a pack is chosen. */
export interface Outline {
  /** The paragraphs the outline was read from (a broken title joined). */
  paragraphs: string[];
  title?: string;
  recipient?: string;
  preamble: string[];
  parts: PartDraft[];
  closing: string[];
  signature?: { organization?: string; date: string };
  unplaced: string[];
  /** Page headings printed above the report's own title (the same title again): dropped, and listed. */
  duplicates: string[];
  evidence: Evidence;
  warnings: Message[];
}

const POINT_MARK = /(?:^|[。；，：！？])[一二三四五六七八九十]{1,3}是/;
const SALUTATION = /^[^。；]{2,60}[：:]$/;

export function outline(input: readonly string[]): Outline {
  const warnings: Message[] = [];
  const { paragraphs, duplicates } = dropDuplicateTitles(numberFirstHeading(joinBrokenTitle(input), warnings));
  const unplaced: string[] = [];
  const evidence = noEvidence();
  let end = paragraphs.length;
  let signature: Outline['signature'];
  const date = end > 0 ? dateLine(paragraphs[end - 1] as string) : undefined;
  if (date) {
    end--;
    // Joint issuers sign one per line above the date, the organiser first.
    const from = organLinesAbove(paragraphs, end, 4);
    const organs = paragraphs.slice(from, end);
    signature = { date, ...(organs.length ? { organization: organs.join('\n') } : {}) };
    end = from;
  }

  const headingAt = paragraphs.findIndex((p, i) => i < end && partHeading(p) !== undefined);
  const bodyStart = headingAt < 0 ? end : headingAt;
  const titleAt = paragraphs.findIndex((p, i) => i < bodyStart && looksLikeTitle(p));
  let at = titleAt + 1;
  // Joint issuers (“中共某某街道工作委员会 / 某某街道办事处 / 关于……的报告”) stand on lines of their own above the
  // title's subject: they are the title's first lines, each kept on its own (write/title-lines.ts).
  const issuersFrom = organLinesAbove(paragraphs, titleAt);
  const title = titleAt >= 0 ? [...paragraphs.slice(issuersFrom, titleAt), paragraphs[titleAt] as string].join('\n') : undefined;
  const before = titleAt > 0 ? paragraphs.slice(0, issuersFrom) : [];
  if (before.length > 0) {
    unplaced.unshift(...before);
    warnings.push({ zh: `标题之前有 ${before.length} 段文字未能识别，已放在 unplaced 下。`, en: `${before.length} paragraph(s) before the title were not recognised; they are under unplaced.` });
  }
  let recipient: string | undefined;
  const first = paragraphs[at];
  if (at < bodyStart && first && SALUTATION.test(first)) {
    recipient = first.replace(/[：:]$/, '');
    at++;
  }
  const preamble = paragraphs.slice(at, bodyStart);

  const segments: Array<{ heading: string; paras: string[] }> = [];
  for (let i = bodyStart; i < end; i++) {
    const p = paragraphs[i] as string;
    const line = partHeading(p);
    // A heading line that ends in 。 was run into its text (the run-together reader split it off): own-line
    // headings never end in a full stop.
    if (line?.rest || (line && p.endsWith('。'))) evidence.partRunIn++;
    else if (line) evidence.partOwnLine++;
    if (line !== undefined) segments.push({ heading: line.heading, paras: line.rest ? [line.rest] : [] });
    else segments[segments.length - 1]?.paras.push(p);
  }
  let closing: string[] = [];
  const lastSegment = segments[segments.length - 1];
  if (lastSegment) {
    const split = splitClosing(lastSegment.paras);
    lastSegment.paras = split.body;
    closing = split.closing;
  }

  const parts: PartDraft[] = [];
  const used = new Set<PartKey | 'section'>();
  for (const seg of segments) {
    let key: PartKey | 'section' | undefined = partOf(seg.heading) ?? ([...used].every((k) => k === 'section') ? 'section' : 'others');
    const taken = key !== 'section' && (used.has(key) || (key === 'measures' && used.has('section')));
    if (taken) key = used.has('others') ? undefined : 'others';
    if (key === undefined) {
      unplaced.push(seg.heading, ...seg.paras);
      warnings.push({ zh: `“${seg.heading}”这一部分无法归入报告的五个部分之一，已放在 unplaced 下。`, en: `The part “${seg.heading}” fits none of the five parts; it is under unplaced.` });
      continue;
    }
    used.add(key);
    parts.push({ key, heading: seg.heading, body: parseBody(seg.paras, evidence) });
  }
  if (segments.length === 0 && preamble.length > 1) {
    unplaced.push(...preamble.splice(1));
    warnings.push({ zh: '没有找到“一、”“二、”式的部分标题：除第一段作导语外，正文都放在了 unplaced 下。', en: 'No “一、” part headings found: all text after the first paragraph (the preamble) is under unplaced.' });
  }
  return { paragraphs, title, recipient, preamble, parts, closing, signature, unplaced, duplicates, evidence, warnings };
}

/**
 * The closing paragraph(s) after the last part: what follows the last structured paragraph (一是 points, a
 * numbered one) cannot belong to the part, because nothing in a part follows its points. After an item's text,
 * or in a part without structure, only a paragraph in a closing's usual words counts.
 */
function splitClosing(paras: string[]): { body: string[]; closing: string[] } {
  let k = paras.length - 1;
  const hasPoints = (p: string) => numberedText(p) !== undefined || POINT_MARK.test(p);
  const structured = (p: string) => itemHeading(p) !== undefined || hasPoints(p);
  while (k >= 0 && !structured(paras[k] as string)) k--;
  const tail = paras.slice(k + 1);
  if (tail.length === 0) return { body: paras, closing: [] };
  const last = tail[tail.length - 1] as string;
  const afterPoints = k >= 0 && hasPoints(paras[k] as string);
  if (afterPoints) return { body: paras.slice(0, k + 1), closing: tail };
  if (CLOSING_WORDS.test(last) && paras.length > 1) return { body: paras.slice(0, -1), closing: [last] };
  return { body: paras, closing: [] };
}

/**
 * A page prints its heading, then the document its title: of the title lines before the first part, the report's
 * is the fullest (“示例县人民政府关于……的报告” over the page's “关于……的报告”), else the last; the others go.
 */
function dropDuplicateTitles(input: string[]): { paragraphs: string[]; duplicates: string[] } {
  const firstPart = input.findIndex((p) => partHeading(p) !== undefined);
  const head = firstPart < 0 ? input.length : firstPart;
  const bare = (p: string) => p.replace(/^[•·\-*]\s*/, '');
  const titles = input.map((p, i) => (i < head && looksLikeTitle(bare(p)) ? i : -1)).filter((i) => i >= 0);
  if (titles.length < 2) return { paragraphs: input, duplicates: [] };
  const fullest = titles.find((i) => titles.every((j) => j === i || (bare(input[i] as string).length > bare(input[j] as string).length && bare(input[i] as string).endsWith(bare(input[j] as string)))));
  const keep = fullest ?? (titles[titles.length - 1] as number);
  const drop = new Set(titles.filter((i) => i !== keep));
  return { paragraphs: input.filter((_, i) => !drop.has(i)), duplicates: input.filter((_, i) => drop.has(i)) };
}

/**
 * A first-level heading printed without its 一、 (a page's numbering slip): a short line with no sentence
 * punctuation, right before the first （一）, when no 一、 comes before it (none at all, or the first is 二、).
 */
function numberFirstHeading(paragraphs: string[], warnings: Message[]): string[] {
  const first = paragraphs.findIndex((p) => partHeading(p) !== undefined);
  if (first >= 0 && !paragraphs[first]?.startsWith('二、')) return paragraphs;
  const end = first < 0 ? paragraphs.length : first;
  const at = paragraphs.findIndex((p, i) => i > 0 && i < end - 1 && p.length <= 40 && !/[。，；：！？]/.test(p) && !looksLikeTitle(p) && itemHeading(paragraphs[i + 1] as string) !== undefined);
  if (at < 0) return paragraphs;
  warnings.push({ zh: `“${paragraphs[at]}”像是缺了编号的一级标题，已按“一、”导入。`, en: `“${paragraphs[at]}” looks like a first-level heading without its number; imported as 一、.` });
  return paragraphs.map((p, i) => (i === at ? `一、${p}` : p));
}

/** Where the run of organ names (joint issuers, one per line) that ends just above `at` begins: at most `max` lines. */
function organLinesAbove(paragraphs: readonly string[], at: number, max = Infinity): number {
  let from = at;
  while (from > 0 && at - from < max && looksLikeOrganization(paragraphs[from - 1] as string)) from--;
  return from;
}

/** A long title that Word or a web page broke over two lines (“海安高新技术产业开发区” / “2023年法治政府建设情况报告”). */
function joinBrokenTitle(paragraphs: readonly string[]): string[] {
  const out = [...paragraphs];
  for (let i = 0; i + 1 < out.length && i < 8; i++) {
    const a = out[i] as string;
    if (partHeading(a) !== undefined) break;
    const b = out[i + 1] as string;
    // The last of joint issuers stays a line of its own, as the ones above it are.
    const joined = i > 0 && looksLikeOrganization(out[i - 1] as string) && looksLikeOrganization(a) ? `${a}\n${b}` : a + b;
    const breaksThere = /^(\d{4}\s*年|关于|法治|依法行政)/.test(b) || /(市|县|区|街道|镇|乡|局|政府|办事处|委员会|管委会|关于|\d{4}年?度?)$/.test(a);
    if (!looksLikeTitle(a) && a.length <= 30 && !/[，。；：、]/.test(a) && breaksThere && looksLikeTitle(a + b)) {
      out.splice(i, 2, joined);
      break;
    }
  }
  return out;
}
