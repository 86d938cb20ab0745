import { isMap, type Document, type Node } from 'yaml';
import { keyOf } from '../parse/yaml-nodes.js';
import type { LineIndex } from '../text/line-index.js';
import type { TextEdit } from './diagnostic.js';

/**
 * Where a missing part goes and what is inserted: `key:` with a placeholder intro, after the part that precedes it
 * in `order` (the pack's, or the regulation's), else before the first part that follows it, else at the end. The
 * placeholder is what the writer replaces (the placeholder rule keeps pointing at it until they do).
 */
export function partInsertion(doc: Document, lines: LineIndex, text: string, key: string, title: string, order: readonly string[]): TextEdit {
  const block = `${key}:\n  intro: 【待填写：${title}】\n`;
  const top = isMap(doc.contents) ? doc.contents.items : [];
  const at = order.indexOf(key);
  const pairOf = (k: string) => top.find((p) => keyOf(p) === k);
  for (const before of order.slice(0, Math.max(0, at)).reverse()) {
    const pair = pairOf(before);
    const end = (pair?.value as Node | null | undefined)?.range?.[1] ?? (pair?.key as Node | undefined)?.range?.[1];
    if (end === undefined) continue;
    // After the last line of the preceding part (its value may end just before that line's newline).
    const line = lines.positionAt(Math.max(0, end - 1)).line;
    return insertAtLineStart(text, lines, line + 1, block);
  }
  for (const after of order.slice(at + 1)) {
    const start = (pairOf(after)?.key as Node | undefined)?.range?.[0];
    if (start !== undefined) return insertAtLineStart(text, lines, lines.positionAt(start).line, block);
  }
  return insertAtLineStart(text, lines, Number.POSITIVE_INFINITY, block);
}

function insertAtLineStart(text: string, lines: LineIndex, line: number, block: string): TextEdit {
  if (line >= lines.lineCount) {
    const start = text.length;
    return { range: { start, end: start }, newText: text === '' || text.endsWith('\n') ? block : `\n${block}` };
  }
  const start = lines.offsetAt({ line, character: 0 });
  return { range: { start, end: start }, newText: block };
}
