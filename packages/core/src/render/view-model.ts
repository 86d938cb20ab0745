import type { ResolvedManifest, PartKey } from '../templates/manifest.js';
import { expandLabel } from './labels.js';
import { printProse } from './prose.js';

/**
 * What a template sees. Every key is always present (null or empty when the data has nothing), so strict
 * mode catches a maintainer's typo without tripping over optional data; points are always objects.
 */
export interface ViewModel {
  report: Record<string, unknown>;
  year: number | null;
  next_year: number | null;
  title: string;
  show: ResolvedManifest['show'];
  layout: { run_in: boolean; points_inline: boolean; intro_joins_points: boolean };
  recipient: string | null;
  preamble: string | null;
  closing: string | null;
  signature: { organization: string; date: string } | null;
  units: Unit[];
}

/** A first-level heading: one of the five parts, or one thematic section of `measures.sections`. */
export interface Unit {
  key: PartKey;
  src: string;
  heading: string;
  intro: string | null;
  /** The intro and inline points print as one paragraph (decided here so templates stay declarative). */
  join_intro: boolean;
  items: ItemView[];
  points: PointView[];
}

export interface ItemView {
  src: string;
  title: string;
  text: string | null;
  points: PointView[];
}

export interface PointView {
  src: string;
  title: string | null;
  text: string;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export interface ViewProblems {
  unknownFigures: Set<string>;
  missingLabelValues: Set<string>;
}

export function buildViewModel(data: Rec, manifest: ResolvedManifest, problems: ViewProblems): ViewModel {
  const stats = data.stats;
  const prose = (v: unknown): string | null => {
    if (typeof v !== 'string' && typeof v !== 'number') return null;
    const s = printProse(String(v), stats, problems.unknownFigures);
    return s === '' ? null : s;
  };
  const label = (key: 'title' | PartKey): string => expandLabel(manifest.labels[key], data, problems.missingLabelValues);
  const layout = {
    run_in: manifest.layout.item_heading === 'run-in',
    points_inline: manifest.layout.points === 'inline',
    intro_joins_points: manifest.layout.intro_joins_points,
  };

  const point = (p: unknown, src: string): PointView | undefined => {
    if (isRec(p)) {
      const title = prose(p.title);
      const text = prose(p.text) ?? '';
      return title === null && text === '' ? undefined : { src, title, text };
    }
    const text = prose(p);
    return text === null ? undefined : { src, title: null, text };
  };
  const points = (v: unknown, src: string): PointView[] =>
    list(v).flatMap((p, i) => point(p, `${src}.${i}`) ?? []);
  const item = (v: unknown, src: string): ItemView | undefined => {
    if (!isRec(v)) return undefined;
    return { src, title: prose(v.title) ?? '', text: prose(v.text), points: points(v.points, `${src}.points`) };
  };
  const unit = (key: PartKey, v: Rec, src: string, heading: string): Unit => {
    const intro = prose(v.intro);
    const items = list(v.items).flatMap((it, i) => item(it, `${src}.items.${i}`) ?? []);
    const pts = points(v.points, `${src}.points`);
    const join_intro = intro !== null && items.length === 0 && pts.length > 0 && layout.points_inline && layout.intro_joins_points;
    return { key, src, heading, intro, join_intro, items, points: pts };
  };

  const units: Unit[] = [];
  for (const key of manifest.order) {
    const part = data[key];
    if (!isRec(part)) continue;
    const sections = list(part.sections).filter(isRec);
    if (key === 'measures' && sections.length > 0) {
      sections.forEach((s, i) => units.push(unit(key, s, `measures.sections.${i}`, prose(s.title) ?? '')));
      continue;
    }
    const u = unit(key, part, key, prose(part.title) ?? label(key));
    if (u.intro !== null || u.items.length > 0 || u.points.length > 0) units.push(u);
  }

  const signature = isRec(data.signature) && typeof data.signature.organization === 'string'
    ? { organization: prose(data.signature.organization) ?? '', date: String(data.signature.date ?? '') }
    : null;
  const preamble = isRec(data.preamble) ? prose(data.preamble.text) : prose(data.preamble);
  const year = Number.isInteger(data.year) ? (data.year as number) : null;
  return {
    report: data,
    year,
    next_year: year === null ? null : year + 1,
    title: prose(data.title) ?? label('title'),
    show: manifest.show,
    layout,
    recipient: prose(data.recipient),
    preamble,
    closing: prose(data.closing),
    signature,
    units,
  };
}
