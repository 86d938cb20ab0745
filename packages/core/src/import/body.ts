import { itemHeading } from './headings.js';
import { numberedText, splitPoints, toPoint, type ImportedPoint } from './points.js';

/** What the text shows about its layout, counted so the pack whose layout fits best can be chosen. */
export interface Evidence {
  runIn: number;
  ownLine: number;
  pointsInline: number;
  pointsParagraphs: number;
  introJoined: number;
  introSeparate: number;
  numbered: number;
}

export const noEvidence = (): Evidence => ({ runIn: 0, ownLine: 0, pointsInline: 0, pointsParagraphs: 0, introJoined: 0, introSeparate: 0, numbered: 0 });

interface PointDraft {
  text: string;
  /** Paragraphs that follow the point without a marker of their own: they stay with it. */
  more: string[];
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
}

/** The paragraphs under one first-level heading → intro, （一） items and 一是 points. */
export function parseBody(paragraphs: readonly string[], ev: Evidence): Body {
  const body: Body = { lead: [], points: [], inline: true, items: [] };
  let current: Container = body;
  for (const para of paragraphs) {
    const heading = itemHeading(para);
    if (heading !== undefined) {
      const stop = heading.indexOf('。');
      const runIn = stop > 0 && stop < heading.length - 1;
      const item: ItemDraft = { title: runIn ? heading.slice(0, stop) : heading.replace(/[。：]$/, ''), lead: [], points: [], inline: true };
      if (runIn) ev.runIn++;
      else ev.ownLine++;
      body.items.push(item);
      current = item;
      if (runIn) addParagraph(item, heading.slice(stop + 1), ev, false);
      continue;
    }
    const numbered = numberedText(para);
    if (numbered !== undefined) {
      current.points.push({ text: numbered, more: [] });
      current.inline = false;
      ev.numbered++;
      continue;
    }
    addParagraph(current, para, ev, current === body);
  }
  return body;
}

function addParagraph(c: Container, para: string, ev: Evidence, partLevel: boolean) {
  const last = c.points[c.points.length - 1];
  if (last) {
    const next = splitPoints(para, c.points.length + 1);
    if (next.points.length > 0 && next.lead === '') {
      c.points.push(...next.points.map((text) => ({ text, more: [] })));
      c.inline = false;
      ev.pointsParagraphs++;
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
  if (points.length > 1) ev.pointsInline++;
  c.points.push(...points.map((text) => ({ text, more: [] })));
}

/** Points as data: run-in titles split off, the marks the engine adds left off. */
export function finishPoints(c: Container): ImportedPoint[] {
  return c.points.map((p, i) => {
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
