import type { JurisdictionKind } from '@fazhi/schema';

/** The five parts the regulation asks for, as data keys, in its standard order. */
export const PART_KEYS = ['measures', 'shortcomings', 'responsibility', 'plans', 'others'] as const;
export type PartKey = (typeof PART_KEYS)[number];

export const isStandardPart = (key: string): key is PartKey => (PART_KEYS as readonly string[]).includes(key);

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

/**
 * How a level is numbered, by example: 一、 （一） 一是 第一， 1. 1． 1、 （1） ① , or none. The engine prints the
 * enumerator (render/numbering.ts); templates only place it.
 */
export const NUMBER_STYLES = ['一、', '（一）', '一是', '第一，', '1.', '1．', '1、', '（1）', '①', 'none'] as const;
export type NumberStyle = (typeof NUMBER_STYLES)[number];

/** The face of a heading (GB/T 9704 7.3.3 层次): 黑体, 楷体, 仿宋加粗, 仿宋, or plain body text. */
export const FACES = ['heiti', 'kaiti', 'fangsong-bold', 'fangsong', 'body'] as const;
export type Face = (typeof FACES)[number];

/** Where an item's heading goes: into its first paragraph, or on a line of its own. */
export type ItemPlacement = 'run-in' | 'own-line';
/** Points: all in one paragraph, one paragraph each (title run in), or the title on a line of its own. */
export type PointPlacement = 'inline' | 'paragraphs' | 'own-line';

export interface LevelNumbering<P> {
  style: NumberStyle;
  /** Unset: the face GB/T 9704 gives the style (一、 黑体, （一） 楷体, 1. 仿宋加粗, （1） 仿宋, others body). */
  face?: Face;
  layout: P;
}

/** Numbering of the three levels a part has: the part itself (一、), its items (（一）), their points (一是). */
export interface Numbering {
  /** A part's heading on its own line, or run into the part's first paragraph (“一、标题。正文”). */
  part: LevelNumbering<ItemPlacement>;
  item: LevelNumbering<ItemPlacement>;
  /** `continuous`: points count on through the part (1. 2. under （一）, 3. under （二）) instead of restarting. */
  point: LevelNumbering<PointPlacement> & { continuous?: boolean };
}

/** Numbering as a manifest writes it: any key may be left out and is inherited. */
export type NumberingInput = { [L in keyof Numbering]?: Partial<Numbering[L]> };

/** Per part: its own numbering where it differs from the pack's. */
export interface PartOptions {
  numbering?: NumberingInput;
}

export interface Show {
  title: boolean;
  salutation: boolean;
  closing: boolean;
  signature: boolean;
  document_number: boolean;
  attachments: boolean;
  copy_to: boolean;
  printed_by: boolean;
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
  /** Which parts are printed, in which order: the five standard keys, or a key of the data's `extra_parts`. */
  order?: string[];
  /** Heading texts; `${year}`, `${next_year}` and `${jurisdiction.name}` style references are filled in. */
  labels?: Partial<Record<string, string>>;
  layout?: Partial<Layout>;
  numbering?: NumberingInput;
  parts?: Record<string, PartOptions>;
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
  /** The standard parts printed, in order (for consumers that know only those). */
  order: PartKey[];
  /** Every part printed, in order: standard keys and `extra_parts` keys. */
  sequence: string[];
  labels: Record<LabelKey, string> & Record<string, string>;
  /** The pack-wide numbering's placements, in the older vocabulary (kept for packs and tools that read it). */
  layout: Layout;
  numbering: Numbering;
  /** Each part's numbering, pack-wide numbering applied underneath. */
  partNumbering: Record<string, Numbering>;
  show: Show;
}

/** What a pack inherits when its chain sets nothing (the `national` pack states all of it explicitly). */
export const MANIFEST_DEFAULTS = {
  script: 'zh-Hans',
  order: ['measures', 'shortcomings', 'responsibility', 'plans', 'others'],
  layout: { item_heading: 'run-in', points: 'inline', intro_joins_points: true },
  numbering: {
    part: { style: '一、', layout: 'own-line' },
    item: { style: '（一）', layout: 'run-in' },
    point: { style: '一是', layout: 'inline' },
  },
  show: { title: true, salutation: false, closing: true, signature: true, document_number: false, attachments: true, copy_to: true, printed_by: true },
} as const satisfies Partial<ResolvedManifest>;
