/**
 * Which indentations a line may have, from the lines above it: the columns of the mappings and lists still
 * open (a key lines up with its sibling keys, a `- ` with its sibling items), or any deeper column right after
 * a `key:` that opens a block. YAML's parser finds a bad indent only where it stops making sense, often a line
 * later and under a name ("missing character") that sends the writer looking for a quote; this model says
 * which line is off and where it belongs. It reads block YAML as report files write it: it skips comments,
 * block scalars, multi-line strings and flow collections rather than model them.
 */

export type LevelKind = 'key' | 'item';

export interface Level {
  column: number;
  kind: LevelKind;
  /** The 0-based line that set this level (shown to the writer as the line to line up with). */
  line: number;
  /** The key or `-` there. */
  label: string;
}

export interface Misindented {
  line: number;
  /** The line's indentation as written, tabs counted as two columns. */
  width: number;
  /** Where it could go, nearest first (two when equally near). */
  nearest: Level[];
}

interface Shape {
  width: number;
  kind: LevelKind;
  label: string;
  /** The column of the mapping that starts after `- ` on the same line, if any. */
  inner?: { column: number; label: string };
  /** The line ends in `key:` (or `- key:`), so a deeper block may follow. */
  opens: boolean;
  /** A block scalar header (`|`, `>-`): the lines deeper than this one are text. */
  blockScalar: boolean;
  /** A quoted string or flow collection left open: the following lines belong to it. */
  unclosed: boolean;
}

const KEY = /^([A-Za-z_][\w-]*|"[^"]*"|'[^']*'|[^\s#:\-?[\]{},&*!|>'"%@`][^:#]*?)[ \t]*:(?=[ \t]|$)/;

/** The indentation width of a line's leading whitespace, a tab counted as two columns (the usual slip). */
export function indentWidth(whitespace: string): number {
  let width = 0;
  for (const ch of whitespace) width += ch === '\t' ? 2 : 1;
  return width;
}

function shapeOf(line: string): Shape | undefined {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  let rest = line.slice(lead.length);
  if (rest === '' || rest.startsWith('#') || rest.startsWith('---') || rest.startsWith('...') || rest.startsWith('%')) return undefined;
  const width = indentWidth(lead);
  let kind: LevelKind = 'key';
  let inner: Shape['inner'];
  let label = '';
  if (/^-(?=[ \t]|$)/.test(rest)) {
    kind = 'item';
    label = '-';
    const after = /^-[ \t]*/.exec(rest)?.[0] ?? '-';
    rest = rest.slice(after.length);
    const key = KEY.exec(rest);
    if (key) inner = { column: width + indentWidth(after.slice(1)) + 1, label: key[1] ?? '' };
  } else {
    const key = KEY.exec(rest);
    if (!key) return { width, kind, label: rest.slice(0, 12), opens: false, blockScalar: false, unclosed: false };
    label = key[1] ?? '';
  }
  const key = KEY.exec(rest);
  const value = key ? rest.slice(key[0].length).replace(/^[ \t]+/, '') : rest;
  const bare = value.replace(/[ \t]+#.*$/, '');
  return {
    width,
    kind,
    label,
    inner,
    opens: key !== null && bare === '',
    blockScalar: /^[|>][-+0-9]*$/.test(bare),
    unclosed: isUnclosed(bare),
  };
}

function isUnclosed(value: string): boolean {
  if (value.startsWith('"')) return !/^"(?:[^"\\]|\\.)*"/.test(value);
  if (value.startsWith("'")) return !/^'(?:[^']|'')*'/.test(value);
  if (value.startsWith('[') || value.startsWith('{')) {
    let depth = 0;
    for (const ch of value) depth += ch === '[' || ch === '{' ? 1 : ch === ']' || ch === '}' ? -1 : 0;
    return depth > 0;
  }
  return false;
}

/** Reads lines top to bottom, keeping the levels open at each. */
class IndentWalk {
  private stack: Level[] = [];
  private opened: Shape | undefined;
  private skipDeeperThan: number | undefined;
  /** A multi-line quoted string or flow collection was left open: not modelled, so nothing after it is judged. */
  lost = false;
  private previous: Shape | undefined;

  /** The line's shape when it is structure to judge, undefined for comments, blank lines and text inside scalars. */
  shape(text: string): Shape | undefined {
    const shape = shapeOf(text);
    if (!shape || this.lost) return undefined;
    if (this.skipDeeperThan !== undefined) {
      if (shape.width > this.skipDeeperThan) return undefined;
      this.skipDeeperThan = undefined;
    }
    // A plain value continued on a deeper line.
    const top = this.stack[this.stack.length - 1]?.column ?? -1;
    if (!this.opened && this.previous && shape.kind === 'key' && !KEY.test(text.trim()) && shape.width > top) return undefined;
    return shape;
  }

  /** Undefined when the line fits an open level; else where it could go. */
  judge(i: number, shape: Shape): Misindented | undefined {
    const opened = this.opened;
    if (this.stack.length === 0) return undefined; // the first line sets the root level
    if (opened && shape.width > opened.width) return undefined;
    if (opened && shape.kind === 'item' && shape.width === opened.width) return undefined;
    const fitsKind = (l: Level) => l.kind === shape.kind || (shape.kind === 'item' && l.kind === 'key');
    if (this.stack.some((l) => l.column === shape.width && fitsKind(l))) return undefined;
    const candidates = this.stack.filter(fitsKind);
    if (opened) candidates.push({ column: opened.width + 2, kind: shape.kind, line: i - 1, label: opened.label });
    return { line: i, width: shape.width, nearest: nearestOf(candidates, shape.width) };
  }

  accept(i: number, shape: Shape): void {
    const compactList = this.opened !== undefined && shape.kind === 'item' && shape.width === this.opened.width;
    // Deeper levels close; this line becomes the level's newest sibling (the one a message points to).
    this.stack = this.stack.filter((l) => l.column < shape.width || (l.column === shape.width && l.kind !== shape.kind && !(compactList && l.kind === 'item')));
    this.stack.push({ column: shape.width, kind: shape.kind, line: i, label: shape.label });
    if (shape.inner) this.stack.push({ column: shape.inner.column, kind: 'key', line: i, label: shape.inner.label });
    this.opened = shape.opens ? { ...shape, width: shape.inner?.column ?? shape.width } : undefined;
    if (shape.blockScalar) this.skipDeeperThan = shape.inner?.column ?? shape.width;
    this.lost = shape.unclosed;
    this.previous = shape;
  }
}

/**
 * The first line, up to `lastLine`, whose indentation matches no open level; undefined when every line fits
 * (or the file is not written the simple way this model reads).
 */
export function firstMisindented(lines: readonly string[], lastLine = lines.length - 1): Misindented | undefined {
  const walk = new IndentWalk();
  for (let i = 0; i <= Math.min(lastLine, lines.length - 1); i++) {
    const shape = walk.shape(lines[i] as string);
    if (!shape) continue;
    const wrong = walk.judge(i, shape);
    if (wrong) return wrong;
    walk.accept(i, shape);
  }
  return undefined;
}

/**
 * Where line `target` belongs, the lines above taken as written: its own width when that fits, else the
 * nearest levels. Undefined when the model cannot tell (the line is inside a scalar, or the model got lost).
 */
export function placeLine(lines: readonly string[], target: number): { width: number; fits: boolean; nearest: Level[] } | undefined {
  const walk = new IndentWalk();
  for (let i = 0; i < target; i++) {
    const shape = walk.shape(lines[i] as string);
    if (shape) walk.accept(i, shape);
  }
  const shape = walk.shape(lines[target] as string);
  if (!shape) return undefined;
  const wrong = walk.judge(target, shape);
  return wrong ? { width: shape.width, fits: false, nearest: wrong.nearest } : { width: shape.width, fits: true, nearest: [] };
}

function nearestOf(levels: Level[], width: number): Level[] {
  const byColumn = new Map<number, Level>();
  for (const l of levels) if (!byColumn.has(l.column) || (byColumn.get(l.column) as Level).line < l.line) byColumn.set(l.column, l);
  const sorted = [...byColumn.values()].sort((a, b) => Math.abs(a.column - width) - Math.abs(b.column - width) || a.column - b.column);
  const best = sorted[0];
  if (!best) return [];
  return sorted.filter((l) => Math.abs(l.column - width) === Math.abs(best.column - width));
}
