import { chineseNumeral } from '../text/cjk.js';
import { dateLine, looksLikeOrganization, partOf } from './headings.js';
import { looksLikeTitle } from './jurisdiction.js';

/** Where a heading may start inside running text: after a sentence ends (or a colon introducing a list of parts). */
const SENTENCE_END = /[。！？]/;
/** A first sentence longer than this is no heading, whatever number it starts with. */
const MAX_HEADING = 60;

/**
 * Text that lost its line breaks (copied from a PDF or a document site) → paragraphs, by the marks a reader
 * goes by: the title that opens the text, a salutation ending in “：”, and numbered headings — 一、 （一） 1. —
 * where the numbering continues the sequence already read (二、 after 一、, （三） after （二）) and stands right
 * after a sentence ends. A number that does not continue a sequence is text (“二、三季度”), so text with its
 * line breaks comes through unchanged.
 */
export function splitRunTogether(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  const state: State = { part: 1, item: 1, numbered: 1, text: paragraphs.join('\n') };
  paragraphs.forEach((p, i) => {
    const head = i < 3 ? splitOpening(p) : [p];
    for (const piece of head) {
      state.splitAt = undefined;
      out.push(...splitHeadings(piece, state));
    }
  });
  const last = out.pop();
  if (last !== undefined) out.push(...splitSignature(last));
  return out;
}

/** “××报告2023年，……” and “中共××委员会、××人民政府：2023年，……”: title and salutation off the front. */
function splitOpening(p: string): string[] {
  if (p.length <= MAX_HEADING) return [p];
  for (let at = p.indexOf('报告'); at >= 0 && at < 70; at = p.indexOf('报告', at + 1)) {
    const title = p.slice(0, at + 2);
    if (looksLikeTitle(title) && !/^[的》”）]/.test(p.slice(at + 2))) return [title, ...splitOpening(p.slice(at + 2).trim())];
  }
  const colon = p.search(/[：:]/);
  const before = p.slice(0, colon);
  if (colon > 0 && colon <= 40 && !/[。；，]/.test(before) && /(委员会|委|人民政府|政府|常委会|人大|办公室|管委会)$/.test(before)) {
    return [p.slice(0, colon + 1), p.slice(colon + 1).trim()];
  }
  return [p];
}

/** Splits a paragraph before each heading marker that continues its sequence; a run-in part heading is split off too. */
function splitHeadings(p: string, state: State): string[] {
  const out: string[] = [];
  let start = 0;
  let from = 0;
  for (let next = nextMarker(p, from, state); next; next = nextMarker(p, from, state)) {
    out.push(p.slice(start, next.at));
    start = next.at;
    from = next.at + next.length;
    if (next.level === 'part') {
      state.part++;
      state.item = 1;
      state.numbered = 1;
      // A heading without a full stop ends where the part's first item or point begins: “二、存在的不足一是……”.
      const stop = p.indexOf('。', from);
      const sub = firstOf(p, from, ['（一）', '(一)', '一是']);
      if (sub > from && (stop < 0 || sub < stop) && sub - next.at <= MAX_HEADING) {
        out.push(p.slice(start, sub));
        start = from = state.splitAt = sub;
        continue;
      }
      // A part heading's first sentence is the heading when short: “一、坚持党的领导。全省……” → two paragraphs.
      const opensBody = /^(一是|（一）|\(一\)|1[.．、])/.test(p.slice(stop + 1));
      if (stop > 0 && stop - next.at <= MAX_HEADING && stop < p.length - 1 && (opensBody || continuesLater(p.slice(next.at), state))) {
        out.push(p.slice(start, stop + 1));
        start = from = stop + 1;
      }
    } else if (next.level === 'item') {
      state.item++;
      state.numbered = 1;
    } else state.numbered++;
  }
  out.push(p.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

interface State {
  /** The number the next heading of each level must have to continue its sequence. */
  part: number;
  item: number;
  numbered: number;
  /** The whole text, to look ahead for the next part. */
  text: string;
  /** Where a heading was just split off: the next marker may start there, though no sentence ended. */
  splitAt?: number;
}

interface Marker {
  at: number;
  length: number;
  level: 'part' | 'item' | 'numbered';
}

/** The first heading marker in `text` that continues a sequence, at the start or right after a sentence. */
function nextMarker(text: string, from: number, state: State): Marker | undefined {
  const candidates: Marker[] = [];
  const find = (marker: string, level: Marker['level']) => {
    for (let at = text.indexOf(marker, from); at >= 0; at = text.indexOf(marker, at + 1)) {
      if (at === 0 || at === state.splitAt || SENTENCE_END.test(text.charAt(at - 1)) || (level === 'part' && /[：:]/.test(text.charAt(at - 1)))) {
        candidates.push({ at, length: marker.length, level });
        return;
      }
    }
  };
  find(`${chineseNumeral(state.part)}、`, 'part');
  for (const open of ['（', '(']) find(`${open}${chineseNumeral(state.item)}${open === '（' ? '）' : ')'}`, 'item');
  for (const dot of ['.', '．', '、']) {
    const re = new RegExp(`(?:^|(?<=[。！？]))${state.numbered}${dot === '.' ? '\\.' : dot}(?!\\d)`, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (m) candidates.push({ at: m.index, length: m[0].length, level: 'numbered' });
  }
  return candidates.sort((a, b) => a.at - b.at)[0];
}

function firstOf(text: string, from: number, markers: string[]): number {
  const found = markers.map((m) => text.indexOf(m, from)).filter((at) => at >= 0);
  return found.length ? Math.min(...found) : -1;
}

/** The next part's number comes later, or this heading names a part: the split is a reader's, not a guess. */
function continuesLater(text: string, state: State): boolean {
  const heading = text.slice(text.indexOf('、') + 1, text.indexOf('。'));
  return partOf(heading) !== undefined || new RegExp(`(?:^|[。！？\\n])${chineseNumeral(state.part)}、`).test(state.text);
}

/** “……新台阶。示例县人民政府 2024年3月1日”: the signature and date off the end. */
function splitSignature(p: string): string[] {
  const m = /^(.*[。！？])\s*([^。！？\s]{2,30}?)\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/.exec(p);
  if (!m || !dateLine(m[3] as string) || !looksLikeOrganization(m[2] as string)) return [p];
  return [m[1] as string, m[2] as string, m[3] as string];
}
