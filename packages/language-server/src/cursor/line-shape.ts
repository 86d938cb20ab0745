/**
 * The shape of one YAML line in block style, read from its text alone: where its sequence dashes are,
 * where its content starts, and the key it opens. Completion must work on text that does not parse yet
 * (a half-typed key, an empty indented line), so the structure around the cursor is read from lines.
 */
export interface LineShape {
  /** Columns of the `- ` markers, left to right (`- - x` has two). */
  dashes: number[];
  /** Column where the content after the dashes starts. */
  content: number;
  /** The key this line opens, when it reads `key:` (the colon followed by a space, a comment or nothing). */
  key?: string;
  /** Column just after `key:`; undefined without a key. */
  afterColon?: number;
  /** Whether anything but a comment follows the colon (or, without a key, whether there is content at all). */
  inlineValue: boolean;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"?:,[\]{}|>][^:#]*?)[ \t]*:(?=[ \t]|$)/;

/** Undefined for blank lines, comments and document markers: they say nothing about structure. */
export function lineShape(line: string): LineShape | undefined {
  let i = 0;
  while (line[i] === ' ') i++;
  if (i >= line.length || line[i] === '#' || line[i] === '\r' || line.startsWith('---') || line.startsWith('...')) return undefined;
  const dashes: number[] = [];
  while (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === undefined || line[i + 1] === '\r')) {
    dashes.push(i);
    i++;
    while (line[i] === ' ') i++;
  }
  const rest = line.slice(i).replace(/\r$/, '');
  const m = KEY.exec(rest);
  if (!m) return { dashes, content: i, inlineValue: rest.trim() !== '' };
  const raw = (m[1] as string).trim();
  const key = raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw;
  const after = rest.slice(m[0].length).trim();
  return { dashes, content: i, key, afterColon: i + m[0].length, inlineValue: after !== '' && !after.startsWith('#') };
}
