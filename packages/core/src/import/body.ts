import type { NumberStyle } from '../templates/manifest.js';
import { itemHeading } from './headings.js';
import { noNumberingSeen, type NumberingSeen } from './numbering-seen.js';
import { numberedLine, splitPoints, toPoint, type ImportedPoint, type NumberedLine } from './points.js';

/** What the text shows about its layout, counted so the pack whose layout fits best can be chosen. */
export interface Evidence {
  runIn: number;
  ownLine: number;
  pointsInline: number;
  pointsParagraphs: number;
  introJoined: number;
  introSeparate: number;
  numbered: number;
  /** First-level headings run into their part's first paragraph (“一、标题。正文”), or on their own line. */
  partRunIn: number;
  partOwnLine: number;
}

export const noEvidence = (): Evidence => ({ runIn: 0, ownLine: 0, pointsInline: 0, pointsParagraphs: 0, introJoined: 0, introSeparate: 0, numbered: 0, partRunIn: 0, partOwnLine: 0 });

interface PointDraft {
  text: string;
  /** Paragraphs that follow the point without a marker of their own: they stay with it. */
  more: string[];
  /** A numbered title on a line of its own (“1.强化组织领导”), its text the paragraphs after it. */
  ownLine?: boolean;
}

interface Container {
  lead: string[];
  points: PointDraft[];
  inline: boolean;
}

interface ItemDraft extends Container {
  title: string;
}

export interface Body extends Container {
  items: ItemDraft[];
  /** How this part numbers its items and points, as printed. */
  seen: NumberingSeen;
}

/**
 * The paragraphs under one first-level heading → intro, items and points. Items are （一） headings; in a part
 * without them, numbered paragraphs (1. （1） ①) that hold 一是 points or head text of their own are the items,
 * else numbered paragraphs are points. What numbering each level shows is tallied in `seen`.
 */
export function parseBody(paragraphs: readonly string[], ev: Evidence): Body {
  const body: Body = { lead: [], points: [], inline: true, items: [], seen: noNumberingSeen() };
  const itemStyle = numberedItemStyle(paragraphs);
  let current: Container = body;
  let counted = 0;
  let lastCount = 0;
  const startItem = (heading: string, style: NumberStyle) => {
    const stop = heading.indexOf('。');
    const runIn = stop > 0 && stop < heading.length - 1;
    const item: ItemDraft = { title: runIn ? heading.slice(0, stop) : heading.replace(/[。：]$/, ''), lead: [], points: [], inline: true };
    // A numbered heading that is one whole sentence (“1.全年办理案件42件。”) reads as run in, one without a stop
    // as a heading line; （一） keeps its older reading (own line either way).
    const ownLine = !runIn && (style === '（一）' || !/[。；！？]$/.test(heading));
    if (ownLine) ev.ownLine++;
    else ev.runIn++;
    body.seen.item.add({ style, layout: ownLine ? 'own-line' : 'run-in' });
    if (counted > 0) lastCount = counted;
    counted = 0;
    body.items.push(item);
    current = item;
    if (runIn) addParagraph(item, heading.slice(stop + 1), ev, false, body.seen);
  };
  paragraphs.forEach((para, i) => {
    const next = paragraphs[i + 1];
    const heading = itemHeading(para);
    if (heading !== undefined) return startItem(heading, '（一）');
    const numbered = numberedLine(para);
    if (numbered && numbered.style === itemStyle) return startItem(numbered.text, numbered.style);
    if (numbered !== undefined) {
      const ownLine = !/[。；！？]/.test(numbered.text) && numbered.text.length <= 40 && next !== undefined && !opensWithMarker(next);
      if (counted === 0 && current !== body && lastCount > 0) {
        if (numbered.n === lastCount + 1) body.seen.continues++;
        else if (numbered.n === 1) body.seen.restarts++;
      }
      counted = numbered.n;
      current.points.push({ text: numbered.text, more: [], ...(ownLine ? { ownLine } : {}) });
      current.inline = false;
      body.seen.point.add({ style: numbered.style, layout: ownLine ? 'own-line' : 'paragraphs' });
      ev.numbered++;
      return;
    }
    addParagraph(current, para, ev, current === body, body.seen);
  });
  return body;
}

/** Whether a paragraph opens with a marker of its own (（一）, a number, 一是), so it is no heading's text. */
function opensWithMarker(p: string): boolean {
  return itemHeading(p) !== undefined || numberedLine(p) !== undefined || splitPoints(p).lead === '';
}

/**
 * In a part without （一）, the style of the numbered paragraphs that act as its items: the first numbered
 * style, when one of its paragraphs (or the text under it) holds 一是 points, heads paragraphs of text, or is
 * followed by paragraphs numbered in another style (its points).
 */
function numberedItemStyle(paragraphs: readonly string[]): NumberStyle | undefined {
  if (paragraphs.some((p) => itemHeading(p) !== undefined)) return undefined;
  const first = paragraphs.map(numberedLine).find((n): n is NumberedLine => n !== undefined);
  if (!first) return undefined;
  let inside = false;
  for (const [i, p] of paragraphs.entries()) {
    const n = numberedLine(p);
    if (n) inside = n.style === first.style;
    if (!inside) continue;
    const text = n ? n.text : p;
    if (splitPoints(text).points.length > 0) return first.style;
    const next = paragraphs[i + 1];
    if (n && !/[。；！？]/.test(n.text) && next !== undefined && !opensWithMarker(next)) return first.style;
    // “1.标题。……” followed by “（1）……”: a numbered level under it, so it is the item.
    const below = next === undefined ? undefined : numberedLine(next);
    if (n && below && below.style !== first.style) return first.style;
  }
  return undefined;
}

function addParagraph(c: Container, para: string, ev: Evidence, partLevel: boolean, seen: NumberingSeen) {
  const last = c.points[c.points.length - 1];
  if (last) {
    const next = splitPoints(para, c.points.length + 1);
    if (next.points.length > 0 && next.lead === '') {
      c.points.push(...next.points.map((text) => ({ text, more: [] })));
      c.inline = false;
      ev.pointsParagraphs++;
      seen.point.add({ style: '一是', layout: 'paragraphs' }, next.points.length);
    } else last.more.push(para);
    return;
  }
  const { lead, points } = splitPoints(para);
  if (points.length === 0) {
    c.lead.push(para);
    return;
  }
  if (lead !== '') {
    c.lead.push(lead);
    if (partLevel) ev.introJoined++;
  } else if (partLevel && c.lead.length > 0) ev.introSeparate++;
  if (points.length > 1) {
    ev.pointsInline++;
    seen.point.add({ style: '一是', layout: 'inline' }, points.length);
  } else seen.point.add({ style: '一是', layout: 'paragraphs' });
  c.points.push(...points.map((text) => ({ text, more: [] })));
}

/** Points as data: run-in titles split off, the marks the engine adds left off. */
export function finishPoints(c: Container): ImportedPoint[] {
  return c.points.map((p, i) => {
    if (p.ownLine) return p.more.length ? { title: p.text, text: p.more.join('\n\n') } : { title: p.text };
    const point = toPoint(p.text, { last: i === c.points.length - 1 && p.more.length === 0, inline: c.inline });
    if (p.more.length === 0) return point;
    const rest = p.more.join('\n\n');
    if (typeof point === 'string') return `${p.text}\n\n${rest}`;
    return { title: point.title, text: point.text ? `${point.text}\n\n${rest}` : rest };
  });
}

export function finishLead(c: Container): string | undefined {
  return c.lead.length ? c.lead.join('\n\n') : undefined;
}
