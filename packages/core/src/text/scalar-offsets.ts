import { Scalar } from 'yaml';

/**
 * Maps an index into a scalar's value back to an offset in the source. A value differs from its
 * source by quotes, block headers, indentation, folded line breaks and escapes, and is otherwise a
 * subsequence of it, so a greedy alignment finds each character. Characters the source does not spell
 * literally (a folded space, an escape) map to where they were produced. Computed only for scalars that
 * have something to report.
 */
export function valueOffsets(source: string, node: Scalar): (index: number) => number {
  const value = String(node.value);
  const [start, end] = node.range ?? [0, 0];
  const map = new Int32Array(value.length + 1);
  let j = contentStart(source, node, start, end);
  const doubleQuoted = node.type === Scalar.QUOTE_DOUBLE;
  const skippable = (ch: string | undefined) =>
    ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || (node.type === Scalar.QUOTE_SINGLE && ch === "'");
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let k = j;
    while (k < end && source[k] !== c && skippable(source[k]) && !(doubleQuoted && source[k] === '\\')) k++;
    if (k < end && source[k] === c) {
      map[i] = k;
      j = k + 1;
    } else if (doubleQuoted && source[k] === '\\') {
      map[i] = k;
      j = k + escapeLength(source, k);
    } else {
      map[i] = j;
    }
  }
  map[value.length] = Math.min(j, end);
  return (index) => map[Math.max(0, Math.min(index, value.length))] as number;
}

function contentStart(source: string, node: Scalar, start: number, end: number): number {
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) return start + 1;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const nl = source.indexOf('\n', start);
    return nl === -1 || nl > end ? end : nl + 1;
  }
  return start;
}

function escapeLength(source: string, at: number): number {
  const kind = source[at + 1];
  if (kind === 'x') return 4;
  if (kind === 'u') return 6;
  if (kind === 'U') return 10;
  if (kind === '\r' || kind === '\n') {
    let k = at + 1;
    while (source[k] === '\r' || source[k] === '\n' || source[k] === ' ' || source[k] === '\t') k++;
    return k - at;
  }
  return 2;
}
