import { mapBlockText, type Block, type Run, type RunFigure } from '../document/report-document.js';
import { listFigures, lookupFigure, type FigureEntry } from '../figures/figures.js';
import type { Range } from '../validate/diagnostic.js';

/**
 * For an editor's preview only: where each figure's value stands in the printed text, so the preview can show it as
 * the figure it is (its label, a click to its `stats:` entry) and never as prose. The value travels through the
 * template and the HTML reader between marks from Unicode's private use area, which no template, punctuation rule or
 * script conversion touches: an opening mark, the figure's index into `figures`, the value, a closing mark. The
 * reader's blocks are unmarked right after (`unmarkBlock`), so no mark ever reaches a writer.
 */
export interface FigureMarks {
  figures: FigureEntry[];
  /** Each figure's index by name: one index per figure, however often the report uses it. */
  indexes: Map<string, number>;
  /** How many of `figures` come from `stats:` (numbered by their place there); the rest by first use. */
  listed: number;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
/** Indexes are one character each, U+E100 upwards: 6,000 figures per report before the rest go unmarked. */
const INDEX_BASE = 0xe100;
const INDEX_LIMIT = 0xf8ff - INDEX_BASE;
const MARKED = /\uE000([\uE100-\uF8FF])([^\uE000\uE001]*)\uE001/g;
const ANY_MARK = /[\uE000\uE001]|(?<=\uE000)[\uE100-\uF8FF]/g;

/**
 * Marks for one render, each figure numbered by its place in `stats:` (figures no entry lists, by first use after
 * them). So a value's marked text depends only on the figure and the stats, never on what was printed before it:
 * a part of the report that did not change prints the same, which is what lets a preview reuse it (render-memo.ts).
 */
export function figureMarks(stats: unknown): FigureMarks {
  // Only the entries a reference finds by their name (a key holding a dot is listed under a name that finds another).
  const figures = listFigures(stats).filter((f) => sameEntry(lookupFigure(stats, f.name), f));
  return { figures, indexes: new Map(figures.map((f, i) => [f.name, i])), listed: figures.length };
}

function sameEntry(a: FigureEntry | undefined, b: FigureEntry): boolean {
  return a !== undefined && a.value === b.value && a.unit === b.unit && a.label === b.label;
}

/** The value wrapped in marks naming the figure, or as it is once the report has too many to tell apart. */
export function markFigure(marks: FigureMarks, entry: FigureEntry, value: string): string {
  let index = marks.indexes.get(entry.name);
  if (index === undefined) {
    index = marks.figures.push(entry) - 1;
    marks.indexes.set(entry.name, index);
  }
  if (index >= INDEX_LIMIT) return value;
  return `${OPEN}${String.fromCharCode(INDEX_BASE + index)}${value}${CLOSE}`;
}

export function stripFigureMarks(text: string): string {
  return text.includes(OPEN) ? text.replace(ANY_MARK, '') : text;
}

/**
 * A block as a writer takes it: a paragraph's marked values become runs of their own that name their figure (the
 * text around them untouched); every other kind of block, and the document's title, just loses the marks.
 */
export function unmarkBlock(block: Block, marks: FigureMarks, sourceOf: (name: string) => Range | undefined): Block {
  return mapBlockText(block, stripFigureMarks, (r) => splitRun(r, marks, sourceOf));
}

function splitRun(run: Run, marks: FigureMarks, sourceOf: (name: string) => Range | undefined): Run[] {
  if (!run.text.includes(OPEN)) return [run];
  const out: Run[] = [];
  const push = (text: string, figure?: RunFigure) => {
    const clean = stripFigureMarks(text);
    if (clean) out.push({ ...run, text: clean, ...(figure ? { figure } : {}) });
  };
  let at = 0;
  for (const m of run.text.matchAll(MARKED)) {
    push(run.text.slice(at, m.index));
    const entry = marks.figures[m[1]!.charCodeAt(0) - INDEX_BASE];
    const source = entry && sourceOf(entry.name);
    push(m[2]!, entry && { name: entry.name, ...(entry.label ? { label: entry.label } : {}), ...(source ? { source } : {}) });
    at = m.index + m[0].length;
  }
  push(run.text.slice(at));
  return out;
}
