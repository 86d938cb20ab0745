import type { FoldingRange } from 'vscode-languageserver';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { LineIndex } from '@fazhi/core';
import { reportAnalysis } from '../context.js';
import type { Feature } from './feature.js';

/** Every mapping, list and multi-line text folds from the line that opens it. */
export const folding: Feature = {
  capabilities: { foldingRangeProvider: true },
  register(context) {
    context.connection.onFoldingRanges((params) => {
      const parsed = reportAnalysis(context, params.textDocument.uri)?.parsed;
      if (!parsed) return null;
      const ranges: FoldingRange[] = [];
      collect(parsed.doc.contents as Node | null, undefined, parsed.lines, ranges);
      return ranges;
    });
  },
};

function collect(node: Node | null, openedAt: number | undefined, lines: LineIndex, out: FoldingRange[]): void {
  if (!node?.range) return;
  const startLine = lines.positionAt(openedAt ?? node.range[0]).line;
  // The value ends where its last character is; a trailing line break would count one line too many.
  const endLine = lines.positionAt(Math.max(node.range[0], node.range[1] - 1)).line;
  if (openedAt !== undefined && endLine > startLine && (isMap(node) || isSeq(node) || isScalar(node))) out.push({ startLine, endLine });
  if (isMap(node)) {
    for (const pair of node.items) collect(pair.value as Node | null, (pair.key as Node | null)?.range?.[0], lines, out);
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const value = isPair(item) ? (item.value as Node) : (item as Node);
      if (isMap(value) || isSeq(value)) collect(value, value.range?.[0], lines, out);
    }
  }
}
