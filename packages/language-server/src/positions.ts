import type { Range as LspRange } from 'vscode-languageserver';
import type { LineIndex, Range } from '@fazhi/core';

/** Core ranges are UTF-16 offsets; LSP speaks 0-based line/character in UTF-16 too, so this is exact. */
export function toLspRange(lines: LineIndex, range: Range): LspRange {
  return { start: lines.positionAt(range.start), end: lines.positionAt(range.end) };
}
