import {
  MANIFEST_DEFAULTS,
  type Layout,
  type Numbering,
  type NumberingInput,
  type TemplateManifest,
} from './manifest.js';

/** Lays `input` over `base` level by level, key by key. */
function overlay(base: Numbering, input: NumberingInput | undefined): Numbering {
  if (!input) return base;
  return {
    part: { ...base.part, ...styled(input.part) },
    item: { ...base.item, ...styled(input.item) },
    point: { ...base.point, ...styled(input.point) },
  };
}

/** An unquoted `style: 1.` arrives from YAML as the number 1. */
function styled<T extends { style?: unknown }>(level: T | undefined): T | undefined {
  return level && (level.style as unknown) === 1 ? { ...level, style: '1.' } : level;
}

/** The older `layout` shorthands say the same as two numbering keys; a manifest may use either. */
function fromLayout(layout: Partial<Layout> | undefined): NumberingInput | undefined {
  if (!layout || (layout.item_heading === undefined && layout.points === undefined)) return undefined;
  return {
    ...(layout.item_heading ? { item: { layout: layout.item_heading } } : {}),
    ...(layout.points ? { point: { layout: layout.points } } : {}),
  };
}

/**
 * The pack-wide numbering and each part's, along a chain given root first. Within one manifest `numbering` is
 * applied after the `layout` shorthands, so it wins; a part's own numbering is applied over the pack-wide one.
 */
export function resolveNumbering(fromRoot: TemplateManifest[], partKeys: Iterable<string>): { numbering: Numbering; partNumbering: Record<string, Numbering>; layout: Layout } {
  let numbering: Numbering = structuredClone(MANIFEST_DEFAULTS.numbering) as Numbering;
  for (const m of fromRoot) numbering = overlay(overlay(numbering, fromLayout(m.layout)), m.numbering);
  const partNumbering: Record<string, Numbering> = {};
  for (const key of partKeys) {
    partNumbering[key] = fromRoot.reduce((n, m) => overlay(n, m.parts?.[key]?.numbering), numbering);
  }
  const introJoins = [...fromRoot].reverse().find((m) => m.layout?.intro_joins_points !== undefined)?.layout?.intro_joins_points;
  const layout: Layout = {
    item_heading: numbering.item.layout,
    points: numbering.point.layout === 'inline' ? 'inline' : 'paragraphs',
    intro_joins_points: introJoins ?? MANIFEST_DEFAULTS.layout.intro_joins_points,
  };
  return { numbering, partNumbering, layout };
}
