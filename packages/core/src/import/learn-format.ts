import { Document } from 'yaml';
import type { TemplateHost } from '../host.js';
import { TemplateCatalog } from '../templates/catalog.js';
import { PART_KEYS, type LabelKey, type PartKey, type ResolvedManifest, type TemplateManifest } from '../templates/manifest.js';
import { inferNumbering } from './infer-numbering.js';
import type { Outline } from './outline.js';
import { closeness, renderedText } from './reproduces.js';

/**
 * When no pack prints the report as it was published, its format is read off the report itself: the part order,
 * the heading wordings (years and the jurisdiction's name as `${year}`, `${next_year}`, `${jurisdiction.name}`),
 * the title pattern, whether a title and salutation are printed, how each level is numbered and laid out (pack-wide
 * and per part where a part differs), and the script. The manifest extends the closest pack, so everything else
 * (partials, faces) is inherited.
 */
export function inferManifest(id: string, outline: Outline, traditional: boolean, base: Record<string, unknown>, closest: ResolvedManifest): TemplateManifest {
  const year = base.year as number;
  const name = (base.jurisdiction as { name?: string; kind?: string } | undefined)?.name;
  const kind = (base.jurisdiction as { kind?: string } | undefined)?.kind;
  const pattern = (text: string) => {
    let out = text.replaceAll(String(year + 1), '${next_year}').replaceAll(String(year), '${year}');
    if (name && !name.startsWith('【')) out = out.replaceAll(name, '${jurisdiction.name}');
    return out;
  };

  const seen = [...new Set(outline.parts.map((p) => (p.key === 'section' ? 'measures' : p.key)))];
  const order: PartKey[] = [...seen, ...PART_KEYS.filter((k) => !seen.includes(k))];
  const labels: Partial<Record<LabelKey, string>> = {};
  if (outline.title) labels.title = pattern(outline.title);
  for (const part of outline.parts) if (part.key !== 'section') labels[part.key] ??= pattern(part.heading);

  const ev = outline.evidence;
  const choose = <T>(yes: number, no: number, ifYes: T, ifNo: T, otherwise: T): T => (yes > no ? ifYes : no > yes ? ifNo : otherwise);
  return {
    id,
    name: name && !name.startsWith('【') ? `${name}格式（由导入的报告生成）` : '导入的报告的格式',
    description: `fazhi import 从已发布的报告推断：部分顺序、标题措辞、版式。基于“${closest.name}”（${closest.id}）。`,
    extends: closest.id,
    ...(kind ? { suits: [kind as NonNullable<TemplateManifest['suits']>[number]] } : {}),
    script: traditional ? 'zh-Hant' : 'zh-Hans',
    requires: [],
    order,
    labels,
    layout: { intro_joins_points: choose(ev.introJoined, ev.introSeparate, true, false, closest.layout.intro_joins_points) },
    ...inferNumbering(outline, closest),
    show: { title: outline.title !== undefined, salutation: outline.recipient !== undefined, closing: outline.closing.length > 0 || closest.show.closing, signature: true },
  };
}

/**
 * The id of a pack inferred from a report, made from the data file's name (`district-2023.yaml` →
 * `imported-district-2023`; a name without Latin letters or digits → `imported-report`), numbered on (-2, -3 …)
 * past the ids `taken` says are in use. The CLI and the language server name packs alike with it.
 */
export function importedPackId(fileName: string, taken: (id: string) => boolean): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/(\.report)?\.[^.]+$/, '');
  const slug = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const base = `imported-${slug || 'report'}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** The manifest as a maintainer would write it: template.yaml. */
export function manifestYaml(manifest: TemplateManifest): string {
  const doc = new Document(manifest);
  doc.commentBefore = ' 由 fazhi import 从已发布的报告推断的格式；可以像其他模板一样修改（见 docs/templates.md）。';
  return doc.toString({ lineWidth: 0 });
}

/** The catalog with packs that exist only in memory (an inferred one, before it is written). */
export function catalogWithPacks(catalog: TemplateCatalog, packs: Record<string, string>): TemplateCatalog {
  const host = catalog.host;
  const own = (id: string) => Object.prototype.hasOwnProperty.call(packs, id);
  const overlay: TemplateHost = {
    listTemplates: () => [...new Set([...Object.keys(packs), ...host.listTemplates()])],
    readTemplateFile: (id, file) => (own(id) ? (file === 'template.yaml' ? packs[id] : undefined) : host.readTemplateFile(id, file)),
    listTemplateFiles: (id, dir) => (own(id) ? [] : host.listTemplateFiles(id, dir)),
    displayPath: (id, file) => (own(id) ? `templates/${id}/${file}` : host.displayPath(id, file)),
  };
  return new TemplateCatalog(overlay);
}

export interface LearnedFormat {
  manifest: ResolvedManifest;
  /** The inferred pack's template.yaml, to be written where the host keeps packs. */
  pack: { id: string; yaml: string };
  /** How close the closest pack came, and the inferred one. */
  before: number;
  after: number;
}

/**
 * The closest pack, checked by rendering the imported data through it: when that does not give back the report's
 * text, a manifest is inferred and kept if it comes closer. `source` is the report's text as imported.
 */
export function learnFormat(
  id: string,
  closest: ResolvedManifest,
  facts: { outline: Outline; traditional: boolean; base: Record<string, unknown>; source: string },
  catalog: TemplateCatalog,
  dataFor: (m: ResolvedManifest) => Record<string, unknown>,
): { before: number; learned?: LearnedFormat } {
  // The comparison is in simplified script (the data is), so a pack that prints the other script never reproduces.
  const sameScript = facts.traditional === (closest.script === 'zh-Hant');
  const before = sameScript ? closeness(renderedText(dataFor(closest), catalog), facts.source, { paragraphs: true }) : 0;
  if (before === 1) return { before };
  const manifest = inferManifest(id, facts.outline, facts.traditional, facts.base, closest);
  const yaml = manifestYaml(manifest);
  const withPack = catalogWithPacks(catalog, { [id]: yaml });
  const resolved = withPack.resolve(id).manifest;
  if (!resolved) return { before };
  const data = { ...dataFor(resolved), template: id };
  const after = closeness(renderedText(data, withPack), facts.source, { paragraphs: true });
  return after > before ? { before, learned: { manifest: resolved, pack: { id, yaml }, before, after } } : { before };
}
