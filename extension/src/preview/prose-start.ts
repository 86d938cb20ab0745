// Where the cursor goes when the writer clicks a block in the preview (no `vscode` import: unit-tested on text).

const BLOCK_HEADER = /^[|>][-+0-9]*[ \t]*(?:#[^\n]*)?\n/;
const PROSE_KEYS = ['text', 'intro', 'title'];

/**
 * The offset of the first character of prose in the YAML range a preview block came from: inside a block scalar's
 * text (past `>-` and its line break, where typing cannot break the YAML), past a quote, and for an item or point
 * (a mapping) inside its `text:` (else `intro:`, `title:`) value. Anything else: the range's start.
 */
export function proseStart(text: string, start: number, end: number): number {
  const slice = text.slice(start, end);
  if (/^[|>"']/.test(slice)) return scalarStart(text, start);
  for (const key of PROSE_KEYS) {
    const found = new RegExp(`(?:^|[\\n{,][ \\t]*(?:-[ \\t]+)?)${key}:[ \\t]*`).exec(slice);
    if (found) return scalarStart(text, start + found.index + found[0].length);
  }
  return start;
}

/** The first character of a scalar's content, given the offset where the scalar (or its header) begins. */
function scalarStart(text: string, at: number): number {
  const rest = text.slice(at);
  const header = BLOCK_HEADER.exec(rest);
  if (header) {
    const indent = /^[ \t]*/.exec(rest.slice(header[0].length))?.[0] ?? '';
    return at + header[0].length + indent.length;
  }
  return /^["']/.test(rest) ? at + 1 : at;
}
