// Edits typed in the preview, turned into edits of the YAML they came from (pure text: unit-tested without vscode).

export interface YamlEdit {
  offset: number;
  length: number;
  text: string;
}

/** Where a change sits in the text the preview showed: the part replaced and what replaces it. */
export function changeBetween(before: string, after: string): { at: number; removed: string; inserted: string } {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return { at: p, removed: before.slice(p, before.length - s), inserted: after.slice(p, after.length - s) };
}

/** Context around the change tried in turn: long on both sides first, one side alone when the other is a figure. */
const CONTEXTS: [number, number][] = [[12, 12], [12, 0], [0, 12], [6, 6], [6, 0], [0, 6], [3, 3], [3, 0], [0, 3], [1, 0], [0, 1], [0, 0]];

/**
 * The YAML edit for a change of a block's text in the preview. The block's source range holds its prose nearly as
 * shown; a figure shows its value where the YAML has `${name}`, and numbering and closing punctuation come from
 * the template. So the change is found by the text around it, the longest context that occurs exactly once.
 * Undefined when it cannot be placed for sure, or when it would change YAML syntax rather than prose.
 */
export function yamlEditFor(yaml: string, start: number, end: number, before: string, after: string): YamlEdit | undefined {
  const { at, removed, inserted } = changeBetween(before, after);
  if (!removed && !inserted) return undefined;
  const offset = placeInYaml(yaml, start, end, before, at, removed.length);
  if (offset === undefined) return undefined;
  const text = scalarText(yaml, offset, inserted);
  return text === undefined || overlapsFigure(yaml, offset, removed.length) ? undefined : { offset, length: removed.length, text };
}

/**
 * Where a stretch of the text the preview showed (`length` characters from `at`; none for a caret) is in the block's
 * YAML source: the longest context around it that occurs exactly once there. Undefined when none does.
 */
export function placeInYaml(yaml: string, start: number, end: number, shown: string, at: number, length = 0): number | undefined {
  const source = yaml.slice(start, end);
  const removed = shown.slice(at, at + length);
  for (const [l, r] of CONTEXTS) {
    const left = shown.slice(Math.max(0, at - l), at);
    const right = shown.slice(at + length, at + length + r);
    const needle = left + removed + right;
    if (!needle) continue;
    const first = source.indexOf(needle);
    if (first < 0 || source.indexOf(needle, first + 1) >= 0) continue;
    return start + first + left.length;
  }
  return undefined;
}

/** The inserted text as the style of the scalar at `offset` needs it; undefined where it would break a plain scalar. */
function scalarText(yaml: string, offset: number, inserted: string): string | undefined {
  const text = inserted.replace(/\r?\n/g, '');
  const style = styleAt(yaml, offset);
  if (style === '"') return text.replace(/[\\"]/g, (c) => `\\${c}`);
  if (style === "'") return text.replace(/'/g, "''");
  if (style === 'block') return text;
  return /:(\s|$)|(^|\s)#/.test(text) ? undefined : text;
}

/** `"`, `'`, `block` (under `>-` or `|`) or `plain`: how the scalar holding the offset is written. */
function styleAt(yaml: string, offset: number): string {
  const lineStart = yaml.lastIndexOf('\n', offset - 1) + 1;
  const head = /^\s*(?:-\s+)?(?:[\w.-]+:[ \t]+)?(?:-\s+)?/.exec(yaml.slice(lineStart, offset))?.[0] ?? '';
  const first = yaml[lineStart + head.length];
  if (/:[ \t]+$/.test(head) || /-\s+$/.test(head)) return first === '"' || first === "'" ? first : 'plain';
  // A line of prose without a key: inside a block scalar when a line above opens one.
  const above = yaml.slice(0, lineStart).trimEnd().split('\n');
  for (let i = above.length - 1; i >= 0; i--) {
    const line = above[i]!;
    if (/:\s*[|>][-+0-9]*\s*(#.*)?$/.test(line) || /^\s*-\s+[|>][-+0-9]*\s*$/.test(line)) return 'block';
    if (/^\s*(-\s+)?[\w.-]+:/.test(line)) return 'plain';
  }
  return 'plain';
}

/** A `${name}` reference is the data's, not the prose's: an edit never cuts into one. */
function overlapsFigure(yaml: string, offset: number, length: number): boolean {
  const lineStart = yaml.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = yaml.indexOf('\n', offset + length);
  const line = yaml.slice(lineStart, lineEnd < 0 ? yaml.length : lineEnd);
  for (const m of line.matchAll(/\$\{[^}]*\}/g)) {
    const from = lineStart + m.index;
    const to = from + m[0].length;
    if (offset < to && offset + length > from && !(length === 0 && (offset === from || offset === to))) return true;
  }
  return false;
}

/** What a new entry holds until the writer types: the validator flags it until it is replaced. */
export const NEW_ENTRY_TEXT = '【待填写】';

/**
 * A new list entry after the one a block came from (Enter at the end of a point in the preview): same indentation,
 * same shape (a `text:` mapping after a mapping, a string after a string). Undefined when the block is no list entry.
 */
export function newEntryEdit(yaml: string, start: number): (YamlEdit & { entryOffset: number }) | undefined {
  const lines = yaml.split('\n');
  const lineOf = (offset: number) => yaml.slice(0, offset).split('\n').length - 1;
  const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
  let i = lineOf(start);
  // Up to the line of the entry's dash: the first line above, at a smaller indentation, that starts with `- `.
  let limit = Infinity;
  while (i >= 0) {
    const line = lines[i]!;
    const dash = /^(\s*)-\s/.exec(line);
    if (dash && dash[1]!.length < limit) break;
    if (line.trim()) limit = Math.min(limit, indentOf(line));
    i--;
  }
  if (i < 0) return undefined;
  const dashIndent = indentOf(lines[i]!);
  let last = i;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (!line.trim()) continue;
    if (indentOf(line) <= dashIndent) break;
    last = j;
  }
  // An item whose points print at the end of its paragraph: Enter there adds a point after the last one.
  const points = lines.slice(i + 1, last + 1).findIndex((l) => /^\s*points:\s*$/.test(l));
  if (points >= 0) {
    const dashes = lines.slice(i + 2 + points, last + 1).map((l, k) => ({ l, k: i + 2 + points + k })).filter(({ l }) => /^\s*-\s/.test(l));
    const pointIndent = dashes[0] ? indentOf(dashes[0].l) : -1;
    const lastPoint = dashes.filter(({ l }) => indentOf(l) === pointIndent).pop();
    if (lastPoint) return newEntryEdit(yaml, lines.slice(0, lastPoint.k).join('\n').length + 1 + pointIndent + 2);
  }
  // A point may be a plain sentence (一是……) beside titled ones; an item (（一）……) needs its title.
  const parent = lines.slice(0, i).reverse().find((l) => l.trim() && indentOf(l) < dashIndent) ?? '';
  const isMapping = /^\s*-\s+[\w.-]+:(\s|$)/.test(lines[i]!);
  const pad = ' '.repeat(dashIndent);
  const entry =
    isMapping && !/^\s*points:\s*$/.test(parent)
      ? `${pad}- title: ${NEW_ENTRY_TEXT}\n${pad}  text: ${NEW_ENTRY_TEXT}`
      : `${pad}- ${NEW_ENTRY_TEXT}`;
  const offset = lines.slice(0, last + 1).join('\n').length;
  return { offset, length: 0, text: `\n${entry}`, entryOffset: offset + 1 + entry.indexOf(NEW_ENTRY_TEXT) };
}
