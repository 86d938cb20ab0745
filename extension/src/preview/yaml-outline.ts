// How a report's YAML text is laid out around an offset: the scalar written there and the list entry holding it.
// Pure text, line by line (the shapes a report uses: block scalars, plain and quoted scalars, `- ` lists), so an edit
// made from the preview can keep everything it does not change byte for byte.

export interface Lines {
  text: string;
  lines: string[];
  /** Offset of each line's first character. */
  starts: number[];
}

export function linesOf(text: string): Lines {
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  return { text, lines, starts };
}

export const indentOf = (line: string): number => /^ */.exec(line)![0].length;
const blank = (line: string): boolean => /^\s*(#.*)?$/.test(line);

export function lineAt(l: Lines, offset: number): number {
  let lo = 0;
  let hi = l.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (l.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A scalar as written: its key (none for a string entry of a list), its style and where its value's text lies. */
export interface Scalar {
  /** The line with its key, or with the `- ` of a string entry. */
  line: number;
  key?: string;
  /** Column of the key, or of the dash of a string entry: continuation lines are indented more. */
  column: number;
  style: 'block' | 'plain' | '"' | "'";
  /** The block scalar's header (`>-`, `|`…). */
  header?: string;
  /** The value's first character and the end of its last (inside the quotes of a quoted scalar). */
  start: number;
  end: number;
  /** The scalar's last line (the closing quote's, a block's last content line). */
  lastLine: number;
}

const OWNER = /^( *)(?:(-) +)?(?:([\w.-]+):(?= |$) *)?/;

/** The scalar whose value holds the offset, or undefined (a key, a comment, between values). */
export function scalarAt(l: Lines, offset: number): Scalar | undefined {
  let i = lineAt(l, offset);
  // The line that owns the value: this one when the offset is past its key or dash, else the nearest one above
  // indented less (a block scalar's header, a plain scalar's first line).
  const own = OWNER.exec(l.lines[i]!)!;
  if (!(own[2] || own[3]) || offset < l.starts[i]! + own[0].length) {
    const indent = indentOf(l.lines[i]!);
    do i--;
    while (i >= 0 && (blank(l.lines[i]!) || indentOf(l.lines[i]!) >= indent));
    if (i < 0) return undefined;
  }
  const scalar = scalarOwnedBy(l, i);
  return scalar && offset >= scalar.start && offset <= scalar.end ? scalar : undefined;
}

/** The scalar whose key (or string entry's dash) is on line `i`. */
export function scalarOwnedBy(l: Lines, i: number): Scalar | undefined {
  const line = l.lines[i]!;
  const m = OWNER.exec(line)!;
  if (!m[2] && !m[3]) return undefined;
  const column = m[3] ? m[0].indexOf(m[3]) : m[1]!.length;
  const valueAt = l.starts[i]! + m[0].length;
  const value = line.slice(m[0].length);
  const base = { key: m[3], column };
  const header = /^([|>][-+]?[0-9]?[-+]?) *(#.*)?$/.exec(value);
  if (header) {
    let last = i;
    for (let j = i + 1; j < l.lines.length && (l.lines[j]!.trim() === '' || indentOf(l.lines[j]!) > column); j++) {
      if (l.lines[j]!.trim() !== '') last = j;
    }
    if (last === i) return undefined;
    const first = l.lines.slice(i + 1).findIndex((s) => s.trim() !== '') + i + 1;
    return { ...base, line: i, style: 'block', header: header[1], start: l.starts[first]! + indentOf(l.lines[first]!), end: l.starts[last]! + l.lines[last]!.length, lastLine: last };
  }
  if (value.startsWith('"') || value.startsWith("'")) {
    const quote = value[0] as '"' | "'";
    const close = closingQuote(l.text, valueAt + 1, quote);
    if (close < 0) return undefined;
    return { ...base, line: i, style: quote, start: valueAt + 1, end: close, lastLine: lineAt(l, close) };
  }
  if (value.trim() === '' || /^[[{&*!]/.test(value)) return undefined;
  let last = i;
  for (let j = i + 1; j < l.lines.length && (l.lines[j]!.trim() === '' || indentOf(l.lines[j]!) > column); j++) {
    if (l.lines[j]!.trim() !== '') last = j;
  }
  const lastText = last === i ? value : l.lines[last]!;
  const end = l.starts[last]! + (last === i ? m[0].length : 0) + lastText.replace(/ +#.*$/, '').trimEnd().length;
  return { ...base, line: i, style: 'plain', start: valueAt, end, lastLine: last };
}

function closingQuote(text: string, from: number, quote: '"' | "'"): number {
  for (let k = from; k < text.length; k++) {
    if (quote === '"' && text[k] === '\\') k++;
    else if (text[k] === quote) {
      if (quote === "'" && text[k + 1] === "'") k++;
      else return k;
    }
  }
  return -1;
}

/** An entry of a YAML list (`- …`): its dash, its last line, the list's key and the keys of a mapping entry. */
export interface Entry {
  dashLine: number;
  /** Column of the dash; a mapping entry's keys stand two further in. */
  indent: number;
  lastLine: number;
  /** The key the list is under: `items`, `points`… */
  list?: string;
  /** A mapping entry's keys in order, with their lines. */
  keys: Array<{ key: string; line: number }>;
}

/** The list entry the scalar is (a string entry) or belongs to (a key of a mapping entry); undefined otherwise. */
export function entryOf(l: Lines, scalar: Scalar): Entry | undefined {
  const own = OWNER.exec(l.lines[scalar.line]!)!;
  let dash = own[2] ? scalar.line : -1;
  if (dash < 0) {
    // A key of a mapping entry: the nearest line above indented less is the entry's dash line (`- title: …`).
    for (let j = scalar.line - 1; j >= 0; j--) {
      const line = l.lines[j]!;
      if (blank(line) || indentOf(line) >= scalar.column) continue;
      if (/^ *- /.test(line) && indentOf(line) === scalar.column - 2) dash = j;
      break;
    }
  }
  return dash < 0 ? undefined : entryAt(l, dash);
}

export function entryAt(l: Lines, dash: number): Entry {
  const indent = indentOf(l.lines[dash]!);
  let last = dash;
  for (let j = dash + 1; j < l.lines.length; j++) {
    const line = l.lines[j]!;
    if (line.trim() === '') continue;
    if (indentOf(line) <= indent) break;
    last = j;
  }
  let list: string | undefined;
  for (let j = dash - 1; j >= 0; j--) {
    const line = l.lines[j]!;
    if (blank(line) || (indentOf(line) === indent && /^ *- /.test(line)) || indentOf(line) > indent) continue;
    list = /^ *(?:- +)?([\w.-]+): *(#.*)?$/.exec(line)?.[1];
    break;
  }
  const keys: Entry['keys'] = [];
  for (let j = dash; j <= last; j++) {
    const m = /^( *)(?:- +)?([\w.-]+):(?= |$)/.exec(l.lines[j]!);
    const column = m ? (j === dash ? m[0].length - m[2]!.length - 1 : m[1]!.length) : -1;
    if (m && column === indent + 2) keys.push({ key: m[2]!, line: j });
  }
  return { dashLine: dash, indent, lastLine: last, list, keys };
}

/** The entry just before this one in the same list, if any. */
export function previousEntry(l: Lines, entry: Entry): Entry | undefined {
  for (let j = entry.dashLine - 1; j >= 0; j--) {
    const line = l.lines[j]!;
    if (blank(line) || indentOf(line) > entry.indent) continue;
    return indentOf(line) === entry.indent && /^ *- /.test(line) ? entryAt(l, j) : undefined;
  }
  return undefined;
}

/** Offset just past the entry's last line (before its line break). */
export function entryEnd(l: Lines, entry: Entry): number {
  return l.starts[entry.lastLine]! + l.lines[entry.lastLine]!.length;
}
