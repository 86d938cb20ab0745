import type { NumberStyle } from '../templates/manifest.js';
import { chineseNumeral } from '../text/cjk.js';

/** A point as the data holds it: plain text, or a run-in title and its text. */
export type ImportedPoint = string | { title: string; text?: string };

export interface SplitParagraph {
  /** Text before 一是 (an intro or an item's lead text); '' when the paragraph opens with 一是. */
  lead: string;
  /** The text of each point, without its 一是/二是 and with its own punctuation. */
  points: string[];
}

/** Where “N是” may start a point: the paragraph's start or right after a clause ends. */
const BOUNDARY = /[。；，：！？]/;

/**
 * “导语：一是……；二是……。三是……” → lead + points. Markers must come in order (一是, 二是, 三是 …) and stand
 * at a clause boundary, so “统一是” or a stray “二是” inside a sentence never splits a point.
 */
export function splitPoints(paragraph: string, first = 1): SplitParagraph {
  const starts: number[] = [];
  let from = 0;
  for (let n = first; ; n++) {
    const marker = `${chineseNumeral(n)}是`;
    let at = paragraph.indexOf(marker, from);
    while (at > 0 && !BOUNDARY.test(paragraph[at - 1] as string)) at = paragraph.indexOf(marker, at + 1);
    if (at < 0) break;
    starts.push(at);
    from = at + marker.length;
  }
  if (starts.length === 0) return { lead: paragraph, points: [] };
  const points = starts.map((s, i) => {
    const marker = `${chineseNumeral(first + i)}是`;
    return paragraph.slice(s + marker.length, starts[i + 1] ?? paragraph.length).trim();
  });
  return { lead: paragraph.slice(0, starts[0]).trim(), points };
}

/** A run-in point title is a short phrase; a first sentence longer than this is the point's text itself. */
const MAX_POINT_TITLE = 30;

/**
 * One point's text → data. “强化组织建设。动态调整……” has a run-in title (up to the first 。, when that is
 * short); a one-sentence point, or one that opens with a long sentence, stays plain. Inline, the engine ends a plain point with “；” (the last with “。”), so exactly those
 * marks are left off; any other mark the writer chose stays and prints as written.
 */
export function toPoint(text: string, position: { last: boolean; inline: boolean }): ImportedPoint {
  const stop = text.indexOf('。');
  if (stop > 0 && stop <= MAX_POINT_TITLE && stop < text.length - 1) {
    return { title: text.slice(0, stop), text: text.slice(stop + 1) };
  }
  const engineMark = position.inline && !position.last ? '；' : '。';
  return text.endsWith(engineMark) ? text.slice(0, -1) : text;
}

/** 1. 1、 1． （1） (1) ①: numbered paragraphs (a point, or an item in a part without （一）). */
const NUMBERED = /^(?:(\d{1,2})([.．、])(?!\d)|[（(](\d{1,2})[）)]|([①-⑳]))\s*/;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export interface NumberedLine {
  /** The enumerator's style, as a manifest names it. */
  style: NumberStyle;
  /** Its count (1-based). */
  n: number;
  text: string;
}

/** “2.规范执法。……” → { style: '1.', n: 2, text: '规范执法。……' }; undefined for a paragraph without such a number. */
export function numberedLine(paragraph: string): NumberedLine | undefined {
  const m = NUMBERED.exec(paragraph);
  if (!m) return undefined;
  const text = paragraph.slice(m[0].length);
  if (m[1] !== undefined) return { style: m[2] === '.' ? '1.' : m[2] === '．' ? '1．' : '1、', n: Number(m[1]), text };
  if (m[3] !== undefined) return { style: '（1）', n: Number(m[3]), text };
  return { style: '①', n: [...CIRCLED].indexOf(m[4] as string) + 1, text };
}

export function numberedText(paragraph: string): string | undefined {
  return numberedLine(paragraph)?.text;
}
