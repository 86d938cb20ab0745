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
  const paragraphs = joinBrokenTitle(input);
  const warnings: Message[] = [];
  const unplaced: string[] = [];
  const evidence = noEvidence();
  let end = paragraphs.length;
  let signature: Outline['signature'];
  const date = end > 0 ? dateLine(paragraphs[end - 1] as string) : undefined;
  if (date) {
    end--;
    const org = paragraphs[end - 1];
    signature = { date, ...(org && looksLikeOrganization(org) ? { organization: org } : {}) };
    if (signature.organization) end--;
  }

  const headingAt = paragraphs.findIndex((p, i) => i < end && partHeading(p) !== undefined);
  const bodyStart = headingAt < 0 ? end : headingAt;
  let titleAt = paragraphs.findIndex((p, i) => i < bodyStart && looksLikeTitle(p));
  // A page prints its heading, then the document its title: the last of the title lines is the report's.
  const duplicates: string[] = [];
  for (let j = titleAt + 1; titleAt >= 0 && j < bodyStart && j <= titleAt + 3; j++) {
    if (!looksLikeTitle(paragraphs[j] as string)) continue;
    duplicates.push(paragraphs[titleAt] as string);
    titleAt = j;
  }
  let at = titleAt + 1;
  const before = titleAt > 0 ? paragraphs.slice(0, titleAt).filter((p) => !duplicates.includes(p)) : [];
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
  if (evidence.numbered > 0) {
    warnings.push({
      zh: `有 ${evidence.numbered} 段以“1.”“（1）”编号，已作为“一是”式要点导入：渲染时会按模板编号。`,
      en: `${evidence.numbered} paragraph(s) numbered “1.” or “（1）” became points: the template numbers them when rendering.`,
    });
  }
  return { title: titleAt >= 0 ? paragraphs[titleAt] : undefined, recipient, preamble, parts, closing, signature, unplaced, duplicates, evidence, warnings };
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

/** A long title that Word or a web page broke over two lines (“海安高新技术产业开发区” / “2023年法治政府建设情况报告”). */
function joinBrokenTitle(paragraphs: readonly string[]): string[] {
  const out = [...paragraphs];
  for (let i = 0; i + 1 < out.length && i < 8; i++) {
    const a = out[i] as string;
    if (partHeading(a) !== undefined) break;
    const b = out[i + 1] as string;
    const joined = a + b;
    const breaksThere = /^(\d{4}\s*年|关于)/.test(b) || /(市|县|区|街道|镇|乡|局|政府|办事处|委员会|管委会|关于)$/.test(a);
    if (!looksLikeTitle(a) && a.length <= 30 && !/[，。；：、]/.test(a) && breaksThere && looksLikeTitle(joined)) {
      out.splice(i, 2, joined);
      break;
    }
  }
  return out;
}
