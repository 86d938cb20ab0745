import { Scalar } from 'yaml';
import type { ParsedReport } from '../parse/parse-report.js';
import { visitScalars } from '../parse/yaml-nodes.js';

/**
 * Source ranges of scalars that span lines: block scalars (| and >), and plain or quoted scalars
 * continued on the next lines. Lines inside them are text, not YAML structure (`PPP：模式` continuing
 * a sentence is not a key), so text-level rules about keys and indentation must leave them alone.
 */
export function blockScalarRanges(parsed: ParsedReport): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  visitScalars(parsed.doc.contents, (node) => {
    if (!node.range) return;
    const [start, end] = node.range;
    const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
    const newline = parsed.text.indexOf('\n', start);
    if (block || (newline !== -1 && newline < end)) ranges.push([start, end]);
  });
  return ranges;
}

export function insideAny(offset: number, ranges: Array<[number, number]>): boolean {
  // Few hits per scan: a linear check is cheaper than an index.
  return ranges.some(([s, e]) => offset > s && offset < e);
}
