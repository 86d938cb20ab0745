import { lineShape, type LineShape } from './line-shape.js';

export type Segment = string | number;

/** Lines by number: core's LineIndex, or an array in tests. Reading one line never copies the text. */
export interface LineSource {
  readonly lineCount: number;
  lineText(line: number): string;
}

export const arrayLines = (lines: readonly string[]): LineSource => ({ lineCount: lines.length, lineText: (n) => lines[n] ?? '' });

/**
 * The data path of the mapping that a key typed at `column` of line `line` belongs to, read upward through
 * the indentation (the text need not parse). Sequence indices are counted, so the path also finds the
 * node in the last parsed document.
 *
 *     measures:          → []
 *       items:           → ['measures']
 *         - title: a     → ['measures', 'items', 0]
 *           |            → cursor here: ['measures', 'items', 0]
 */
export function blockPath(lines: LineSource, line: number, column: number): Segment[] {
  const path: Segment[] = [];
  let limit = column; // an ancestor starts left of this column
  let seqColumn = -1; // walking up through a sequence whose items' dashes are at this column
  let index = 0; // earlier items of that sequence seen so far

  const enterDashes = (shape: LineShape) => {
    for (let d = shape.dashes.length - 1; d >= 0; d--) {
      const col = shape.dashes[d] as number;
      if (col >= limit) continue;
      limit = col;
      if (d > 0) path.unshift(0); // `- - x`: an item of a sequence inside an item; rare enough to not count
      else {
        seqColumn = col;
        index = 0;
      }
    }
  };

  const current = lineShape(lines.lineText(line).slice(0, column));
  if (current) enterDashes({ ...current, key: undefined });

  for (let l = line - 1; l >= 0 && (limit > 0 || seqColumn >= 0); l--) {
    const text = lines.lineText(l);
    // Deeper lines (inside an earlier item or value) cannot change the path: skip them without parsing.
    const indent = indentOf(text);
    if (indent < text.length && (seqColumn >= 0 ? indent > seqColumn : indent >= limit)) continue;
    const shape = lineShape(text);
    if (!shape) continue;
    const first = shape.dashes[0] ?? shape.content;
    if (seqColumn >= 0) {
      if (shape.dashes[0] === seqColumn) {
        index++;
        continue;
      }
      if (first > seqColumn) continue; // a line inside an earlier item
      path.unshift(index);
      seqColumn = -1;
      if (shape.key !== undefined && shape.content <= limit && !shape.inlineValue) {
        path.unshift(shape.key); // the key owning the sequence (`items:` may sit at the dashes' column)
        limit = shape.content;
        enterDashes(shape);
        continue;
      }
    }
    if (shape.key !== undefined && shape.content < limit) {
      path.unshift(shape.key);
      limit = shape.content;
    } else if (shape.key === undefined && shape.dashes.length === 0 && shape.content < limit) {
      return path; // a continuation line of a plain scalar, or not block YAML: stop guessing
    }
    enterDashes(shape);
  }
  if (seqColumn >= 0) path.unshift(index);
  return path;
}

/** Keys already written in the mapping whose keys sit at `column`, around line `line`. */
export function siblingKeys(lines: LineSource, line: number, column: number): Set<string> {
  const keys = new Set<string>();
  const scan = (from: number, step: 1 | -1) => {
    for (let l = from; l >= 0 && l < lines.lineCount; l += step) {
      const text = lines.lineText(l);
      if (indentOf(text) > column) continue;
      const shape = lineShape(text);
      if (!shape) continue;
      if (shape.content === column && shape.key !== undefined) {
        // A dash at the left opens an item: going down, it is the next item, whose keys are not ours (even
        // right below the cursor: a new item typed above an existing one); going up, it is our first key.
        if (shape.dashes.length && step === 1) return;
        keys.add(shape.key);
        if (shape.dashes.length) return;
        continue;
      }
      if ((shape.dashes[0] ?? shape.content) < column) {
        // A dash line whose content is at our column (`- title:`) was handled above; anything else ends the map.
        return;
      }
    }
  };
  // The cursor line itself may open the item (`- |`): then only lines below belong to it.
  const own = lineShape(lines.lineText(line));
  if (!(own && own.dashes.length && own.content === column)) scan(line - 1, -1);
  scan(line + 1, 1);
  return keys;
}

function indentOf(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}
