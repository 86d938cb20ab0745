// Structural edits typed in the preview, as YAML edits of the lists they change (pure text: unit-tested without
// vscode): Enter in the middle of a point splits its entry in two, Backspace at the start of one merges it into the
// one before, and a new item (（一）, with its title) goes after the item the caret is in. Each keeps the block style
// and indentation of what it splits or joins, and every line it does not change.
import { NEW_ENTRY_TEXT, newEntryEdit, placeInYaml, type YamlEdit } from './prose-edit.js';
import {
  entryAt,
  entryEnd,
  entryOf,
  indentOf,
  lineAt,
  linesOf,
  previousEntry,
  scalarAt,
  scalarOwnedBy,
  type Entry,
  type Lines,
  type Scalar,
} from './yaml-outline.js';

/** Where the preview puts the caret after the edit: in the block at `offset` (of the new YAML), before `before` or on `select`. */
export interface Focus {
  offset: number;
  before?: string;
  select?: string;
}

export type StructureEdit = YamlEdit & { focus: Focus };

/** The lists whose entries the preview splits, merges and adds to. */
const LISTS = new Set(['items', 'points']);

/** Text a plain scalar cannot hold without becoming other YAML (a mapping, a comment). */
const plainOk = (text: string): boolean => !/:(\s|$)|(^|\s)#/.test(text);
const PLAIN_START_BAD = /^([-?:](\s|$)|[,[\]{}#&*!|>'"%@`])/;

/** What the caret goes before: the first characters of a text, up to a line break or a figure (shown as its value). */
const lead = (text: string): string => text.split(/\n|\$\{/)[0]!.trim().slice(0, 8);

/**
 * Enter in the middle of a point or an item's text (`shown` is the block's text as the preview showed it, figures as
 * `${name}`; `caret` an offset into it): the entry becomes two, the text after the caret in the second, with the
 * entry's later keys (an item's points). The second point is a sentence point (a string entry, in the same block
 * style); a second item gets a title to fill in.
 * At the end of the text (before the full stop the template adds) it is a new entry after this one.
 */
export function splitEntryEdit(yaml: string, start: number, end: number, shown: string, caret: number): StructureEdit | undefined {
  const o = placeInYaml(yaml, start, end, shown, caret);
  if (o === undefined || insideFigure(yaml, o)) return undefined;
  const l = linesOf(yaml);
  const scalar = scalarAt(l, o);
  if (!scalar || (scalar.key !== undefined && scalar.key !== 'text')) return undefined;
  const entry = entryOf(l, scalar);
  if (!entry?.list || !LISTS.has(entry.list)) return undefined;
  if (entry.keys.some((k) => k.key === 'title' && k.line > scalar.lastLine)) return undefined;
  const headEnd = scalar.start + yaml.slice(scalar.start, o).trimEnd().length;
  const tailStart = o + yaml.slice(o, scalar.end).length - yaml.slice(o, scalar.end).trimStart().length;
  if (headEnd <= scalar.start) return undefined;
  if (tailStart >= scalar.end) {
    // At the end of the entry's text (before the full stop the template adds): a new entry after it.
    const added = newEntryEdit(yaml, scalar.start);
    return added && { ...added, focus: { offset: added.entryOffset, select: NEW_ENTRY_TEXT } };
  }
  const tail = yaml.slice(tailStart, scalar.end);
  if (scalar.style === 'plain' && PLAIN_START_BAD.test(tail)) return undefined;

  const pad = ' '.repeat(entry.indent);
  const quote = scalar.style === '"' || scalar.style === "'" ? scalar.style : '';
  // A block's later lines keep their indentation: the new entry's key stands where the old one's did.
  const opener = scalar.style === 'block' ? `${scalar.header}\n${' '.repeat(scalar.start - l.starts[lineAt(l, scalar.start)]!)}` : quote;
  // A point without a title is a string entry (a mapping point needs its title); an item needs its title.
  const asString = scalar.key === undefined || entry.list === 'points';
  const head = asString ? `${pad}- ${opener}` : `${pad}- title: ${NEW_ENTRY_TEXT}\n${pad}  text: ${opener}`;
  const rest = yaml.slice(scalar.end, entryEnd(l, entry));
  if (asString && rest.slice(quote.length).trim() !== '') return undefined; // keys after the text have no place in a string
  const text = `${quote}\n${head}${tail}${rest}`;
  const tailAt = headEnd + quote.length + 1 + head.length;
  return { offset: headEnd, length: entryEnd(l, entry) - headEnd, text, focus: { offset: tailAt, before: lead(tail) } };
}

/**
 * Backspace at the start of a point or item: its text joins the end of the entry before it in the same list, its
 * later keys (points) go along. Only when nothing is lost or reordered: this entry has no title of its own (or the
 * placeholder), and the one before ends with its text.
 */
export function mergeEntryEdit(yaml: string, start: number, end: number, shown: string, caret: number): StructureEdit | undefined {
  const o = placeInYaml(yaml, start, end, shown, caret);
  if (o === undefined) return undefined;
  const l = linesOf(yaml);
  const scalar = scalarAt(l, o);
  if (!scalar || (scalar.key !== undefined && scalar.key !== 'text') || yaml.slice(scalar.start, o).trim() !== '') return undefined;
  const entry = entryOf(l, scalar);
  if (!entry?.list || !LISTS.has(entry.list)) return undefined;
  const before = entry.keys.filter((k) => k.line < scalar.line);
  if (before.some((k) => k.key !== 'title' || !isPlaceholder(l, k.line))) return undefined;
  const prev = previousEntry(l, entry);
  const target = prev && textOf(l, prev);
  if (!prev || !target || target.lastLine !== prev.lastLine) return undefined;
  const later = entry.keys.filter((k) => k.line > scalar.lastLine);
  if (later.length && (target.key === undefined || later.some((k) => k.key === 'title' || prev.keys.some((p) => p.key === k.key)))) return undefined;

  const lines = valueLines(l, scalar);
  const appended = lines && encodeFor(l, target, lines);
  if (appended === undefined) return undefined;
  const quote = target.style === '"' || target.style === "'" ? target.style : '';
  const rest = yaml.slice(scalar.end + (scalar.style === '"' || scalar.style === "'" ? 1 : 0), entryEnd(l, entry));
  return {
    offset: target.end,
    length: entryEnd(l, entry) - target.end,
    text: `${appended}${quote}${rest}`,
    focus: { offset: target.end, before: lead(lines!.join('\n')) },
  };
}

/**
 * A new item (（一）-level, with its title) after the item that `start` (a block's source offset) lies in: its text
 * is the placeholder, selected so that typing replaces it. Undefined where the block is in no item.
 */
export function newItemEdit(yaml: string, start: number, title: string): StructureEdit | undefined {
  const l = linesOf(yaml);
  const at = lineAt(l, start);
  for (let j = at; j >= 0; j--) {
    if (!/^ *- /.test(l.lines[j]!)) continue;
    const entry = entryAt(l, j);
    if (entry.lastLine < at || entry.list !== 'items') continue;
    const pad = ' '.repeat(entry.indent);
    const written = title.trim() || NEW_ENTRY_TEXT;
    const titleText = plainOk(written) && !PLAIN_START_BAD.test(written) ? written : `"${written.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
    const item = `\n${pad}- title: ${titleText}\n${pad}  text: ${NEW_ENTRY_TEXT}`;
    const offset = entryEnd(l, entry);
    return { offset, length: 0, text: item, focus: { offset: offset + item.length - NEW_ENTRY_TEXT.length, select: NEW_ENTRY_TEXT } };
  }
  return undefined;
}

function isPlaceholder(l: Lines, line: number): boolean {
  const scalar = scalarOwnedBy(l, line);
  return scalar !== undefined && l.text.slice(scalar.start, scalar.end).trim() === NEW_ENTRY_TEXT;
}

/** The scalar an entry prints as its text: the entry itself when it is a string, else its `text:`. */
function textOf(l: Lines, entry: Entry): Scalar | undefined {
  const own = scalarOwnedBy(l, entry.dashLine);
  if (own && own.key === undefined) return own;
  const key = entry.keys.find((k) => k.key === 'text');
  return key && scalarOwnedBy(l, key.line);
}

/** A scalar's value as lines of text (a quoted one decoded; undefined for one over several lines or with escapes). */
function valueLines(l: Lines, scalar: Scalar): string[] | undefined {
  const raw = l.text.slice(scalar.start, scalar.end);
  if (scalar.style === '"') return raw.includes('\n') || /\\[^"\\]/.test(raw) ? undefined : [raw.replace(/\\(.)/g, '$1')];
  if (scalar.style === "'") return raw.includes('\n') ? undefined : [raw.replace(/''/g, "'")];
  return raw.split('\n').map((line) => line.trim());
}

/** Lines of text written onto the end of a scalar, the way its style needs them; undefined where they cannot be. */
function encodeFor(l: Lines, target: Scalar, lines: string[]): string | undefined {
  if (target.style === '"' || target.style === "'") {
    if (lines.length > 1) return undefined;
    return target.style === '"' ? lines[0]!.replace(/[\\"]/g, (c) => `\\${c}`) : lines[0]!.replace(/'/g, "''");
  }
  if (target.style === 'plain' && lines.some((line, i) => !plainOk(line) || (i > 0 && line.startsWith('#')))) return undefined;
  const lastLine = lineAt(l, target.end);
  const indent = target.style === 'block' ? indentOf(l.lines[lastLine]!) : target.column + 2;
  return lines.map((line, i) => (i === 0 ? line : line === '' ? '\n' : `\n${' '.repeat(indent)}${line}`)).join('');
}

/** Inside a `${name}` reference: a split there would cut the figure. */
function insideFigure(yaml: string, offset: number): boolean {
  const lineStart = yaml.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = yaml.indexOf('\n', offset);
  const line = yaml.slice(lineStart, lineEnd < 0 ? yaml.length : lineEnd);
  return [...line.matchAll(/\$\{[^}]*\}/g)].some((m) => offset > lineStart + m.index && offset < lineStart + m.index + m[0].length);
}
