import type { HeadingLevel } from '../document/report-document.js';
import type { Numbering, PointPlacement, ResolvedManifest } from '../templates/manifest.js';
import { isStandardPart } from '../templates/manifest.js';
import { enumerate, faceLevel } from './numbering.js';

/** A first-level heading: one part, or one thematic section of a part's `sections`. */
export interface Unit {
  key: string;
  src: string;
  /** 1-based position among the printed first-level headings. */
  n: number;
  /** The enumerator as printed (一、), from the manifest's numbering; empty for style none. */
  number: string;
  heading: string;
  /** The heading's face as `data-level` (1 黑体 … 4 仿宋); run in, null sets it as body text. */
  level: HeadingLevel | null;
  /** The heading runs into the part's first paragraph (“一、标题。正文”). */
  run_in: boolean;
  /** A topic heading from the data's `sections` rather than the part's standard name. */
  thematic: boolean;
  intro: string | null;
  /** The intro and inline points print as one paragraph (decided here so templates stay declarative). */
  join_intro: boolean;
  items: ItemView[];
  points: PointView[];
  points_inline: boolean;
}

export interface ItemView {
  src: string;
  n: number;
  number: string;
  title: string;
  /** Run-in: the face of “（一）标题。”, null for body text. Own line: the heading's face, always set. */
  level: HeadingLevel | null;
  run_in: boolean;
  text: string | null;
  points: PointView[];
  points_inline: boolean;
}

export interface PointView {
  src: string;
  n: number;
  number: string;
  title: string | null;
  text: string;
  level: HeadingLevel | null;
  /** The title stands on its own line (a heading) with the text as the next paragraph. */
  own_line: boolean;
  /** After a plain inline point: “；”, or “。” after the last. */
  end: string;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * The first-level headings in the order the manifest prints them, each numbered and faced by the numbering
 * declared for its part. `prose` prints a data value (null when empty); `label` fills a manifest label.
 */
export function buildUnits(data: Rec, manifest: ResolvedManifest, prose: (v: unknown) => string | null, label: (key: string) => string): Unit[] {
  const units: Unit[] = [];
  const add = (key: string, v: Rec, src: string, heading: string, thematic: boolean, numbering: Numbering) => {
    const n = units.length + 1;
    const pointsLayout = numbering.point.layout;
    let counted = 0;
    const points = (pv: unknown, psrc: string): PointView[] => {
      const out = list(pv).flatMap((p, i) => point(p, `${psrc}.${i}`, pointsLayout, numbering) ?? []);
      const start = numbering.point.continuous ? counted : 0;
      counted += out.length;
      return out.map((p, i) => ({ ...p, n: start + i + 1, number: enumerate(numbering.point.style, start + i + 1), end: i === out.length - 1 ? '。' : '；' }));
    };
    const pts = points(v.points, `${src}.points`);
    const itemRun = numbering.item.layout === 'run-in';
    const itemLevel = faceLevel(numbering.item.face, numbering.item.style, 'kaiti');
    const items = list(v.items).filter(isRec).map((it, i): ItemView => ({
      src: `${src}.items.${i}`,
      n: i + 1,
      number: enumerate(numbering.item.style, i + 1),
      title: prose(it.title) ?? '',
      level: itemRun ? itemLevel : (itemLevel ?? 4),
      run_in: itemRun,
      text: prose(it.text),
      points: points(it.points, `${src}.items.${i}.points`),
      points_inline: pointsLayout === 'inline',
    }));
    const intro = prose(v.intro);
    const inline = pointsLayout === 'inline';
    const join_intro = intro !== null && items.length === 0 && pts.length > 0 && inline && manifest.layout.intro_joins_points;
    const run_in = numbering.part.layout === 'run-in';
    const faced = faceLevel(numbering.part.face, numbering.part.style, 'heiti');
    const level = run_in ? faced : (faced ?? 4);
    units.push({ key, src, n, number: enumerate(numbering.part.style, n), heading, level, run_in, thematic, intro, join_intro, items, points: pts, points_inline: inline });
  };
  const point = (p: unknown, src: string, layout: PointPlacement, numbering: Numbering): PointView | undefined => {
    const title = isRec(p) ? prose(p.title) : null;
    const text = (isRec(p) ? prose(p.text) : prose(p)) ?? '';
    if (title === null && text === '') return undefined;
    const level = faceLevel(numbering.point.face, numbering.point.style);
    const own_line = layout === 'own-line';
    return { src, n: 0, number: '', title, text, level: own_line ? (level ?? 4) : level, own_line, end: '。' };
  };

  const extra = isRec(data.extra_parts) ? data.extra_parts : {};
  for (const key of manifest.sequence) {
    const standard = isStandardPart(key);
    const part = standard ? data[key] : extra[key];
    if (!isRec(part)) continue;
    const src = standard ? key : `extra_parts.${key}`;
    const numbering = manifest.partNumbering[key] ?? manifest.numbering;
    const sections = list(part.sections).filter(isRec);
    if (sections.length > 0) {
      sections.forEach((s, i) => add(key, s, `${src}.sections.${i}`, prose(s.title) ?? '', true, numbering));
      continue;
    }
    const before = units.length;
    add(key, part, src, prose(part.title) ?? label(key), false, numbering);
    const u = units[before] as Unit;
    if (u.intro === null && u.items.length === 0 && u.points.length === 0) units.pop();
  }
  return units;
}
