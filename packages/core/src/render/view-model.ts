import type { ResolvedManifest } from '../templates/manifest.js';
import type { FigureMarks } from './figure-marks.js';
import { expandLabel } from './labels.js';
import { PARAGRAPH_BREAK, printProse } from './prose.js';
import type { PrintedProse, RecentCache } from './render-memo.js';
import { buildAttachments, organizationAndDate, proseLines, type AttachmentView } from './view-furniture.js';
import { buildUnits, type Unit } from './view-units.js';

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
  document_number: string | null;
  attachments: AttachmentView[];
  copy_to: string | null;
  printed_by: { organization: string; date: string } | null;
}

export type { ItemView, PointView, Unit } from './view-units.js';
export type { AttachmentView, TableView } from './view-furniture.js';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ViewProblems {
  unknownFigures: Set<string>;
  missingLabelValues: Set<string>;
}

/**
 * `marks`: an editor's preview, where each figure's value is marked as that figure's (render/figure-marks.ts).
 * `printed`: prose values printed by earlier renders with the same stats and marking (render-memo.ts).
 */
export function buildViewModel(data: Rec, manifest: ResolvedManifest, problems: ViewProblems, marks?: FigureMarks, printed?: RecentCache<string, PrintedProse>): ViewModel {
  const stats = data.stats;
  const print = (value: string): string => {
    const kept = printed?.get(value);
    if (kept) {
      for (const name of kept.unknownFigures) problems.unknownFigures.add(name);
      return kept.text;
    }
    const unknownFigures = new Set<string>();
    const marked = marks?.figures.length;
    const text = printProse(value, stats, unknownFigures, marks);
    for (const name of unknownFigures) problems.unknownFigures.add(name);
    // A figure `stats:` does not list is numbered by first use, which depends on what printed before: not kept.
    if (printed && marks?.figures.length === marked) printed.set(value, { text, unknownFigures: [...unknownFigures] });
    return text;
  };
  const prose = (v: unknown): string | null => {
    if (typeof v !== 'string' && typeof v !== 'number') return null;
    const s = print(String(v));
    return s === '' ? null : s;
  };
  const label = (key: string): string => expandLabel(manifest.labels[key] ?? '', data, problems.missingLabelValues);
  const layout = {
    run_in: manifest.layout.item_heading === 'run-in',
    points_inline: manifest.layout.points === 'inline',
    intro_joins_points: manifest.layout.intro_joins_points,
  };
  const units = buildUnits(data, manifest, prose, label);

  const signature = organizationAndDate(data.signature, prose);
  const preamble = isRec(data.preamble) ? prose(data.preamble.text) : prose(data.preamble);
  const year = Number.isInteger(data.year) ? (data.year as number) : null;
  return {
    report: data,
    year,
    next_year: year === null ? null : year + 1,
    title: proseLines(data.title, prose) ?? label('title').replaceAll('\n', PARAGRAPH_BREAK),
    show: manifest.show,
    layout,
    recipient: prose(data.recipient),
    preamble,
    closing: prose(data.closing),
    signature,
    units,
    document_number: prose(data.document_number),
    attachments: buildAttachments(data, prose),
    copy_to: prose(data.copy_to),
    printed_by: organizationAndDate(data.printed_by, prose),
  };
}
