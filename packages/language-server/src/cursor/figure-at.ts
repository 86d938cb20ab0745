import type { Scalar } from 'yaml';
import { scanFigureReferences, valueOffsets, type FigureReference, type ParsedReport } from '@fazhi/core';

/** The `${name}` reference under an offset inside a string scalar, with its source range. */
export function figureAt(parsed: ParsedReport, scalar: Scalar, offset: number): (FigureReference & { range: { start: number; end: number } }) | undefined {
  if (typeof scalar.value !== 'string' || !scalar.value.includes('${')) return undefined;
  const map = valueOffsets(parsed.text, scalar);
  for (const ref of scanFigureReferences(scalar.value).refs) {
    const start = map(ref.start);
    const end = map(ref.end - 1) + 1;
    if (offset >= start && offset <= end) return { ...ref, range: { start, end } };
  }
  return undefined;
}
