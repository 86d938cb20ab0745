import type { JurisdictionKind } from '@fazhi/schema';

/** The five parts the regulation asks for, as data keys, in its standard order. */
export const PART_KEYS = ['measures', 'shortcomings', 'responsibility', 'plans', 'others'] as const;
export type PartKey = (typeof PART_KEYS)[number];

export type LabelKey = 'title' | PartKey;
export const LABEL_KEYS: readonly LabelKey[] = ['title', ...PART_KEYS];

export interface Layout {
  /** （一） headings run into their first paragraph (“（一）标题。正文”) or stand on their own line. */
  item_heading: 'run-in' | 'own-line';
  /** 一是/二是 points inline in one paragraph, or one paragraph each. */
  points: 'inline' | 'paragraphs';
  /** A part's intro and its inline points share one paragraph (seeds 001, 004) or not (seed 003). */
  intro_joins_points: boolean;
}

export interface Show {
  title: boolean;
  salutation: boolean;
  closing: boolean;
  signature: boolean;
}

/** template.yaml as a maintainer writes it; every field but id and name may be inherited. */
export interface TemplateManifest {
  id: string;
  name: string;
  name_en?: string;
  description?: string;
  description_en?: string;
  suits?: JurisdictionKind[];
  extends?: string;
  script?: 'zh-Hans' | 'zh-Hant';
  /** Data paths (dotted) this format cannot do without, e.g. recipient for a report to a superior. */
  requires?: string[];
  /** Which parts are printed, in which order. */
  order?: PartKey[];
  /** Heading texts; `${year}`, `${next_year}` and `${jurisdiction.name}` style references are filled in. */
  labels?: Partial<Record<LabelKey, string>>;
  layout?: Partial<Layout>;
  show?: Partial<Show>;
}

/** A manifest with its `extends` chain applied: nothing is left undefined. */
export interface ResolvedManifest {
  id: string;
  name: string;
  name_en: string;
  description: string;
  description_en: string;
  suits: JurisdictionKind[];
  /** This pack first, then its ancestors. */
  chain: string[];
  script: 'zh-Hans' | 'zh-Hant';
  requires: string[];
  order: PartKey[];
  labels: Record<LabelKey, string>;
  layout: Layout;
  show: Show;
}

/** What a pack inherits when its chain sets nothing (the `national` pack states all of it explicitly). */
export const MANIFEST_DEFAULTS = {
  script: 'zh-Hans',
  order: ['measures', 'shortcomings', 'responsibility', 'plans', 'others'],
  layout: { item_heading: 'run-in', points: 'inline', intro_joins_points: true },
  show: { title: true, salutation: false, closing: true, signature: true },
} as const satisfies Partial<ResolvedManifest>;
