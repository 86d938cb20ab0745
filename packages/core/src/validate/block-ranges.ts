import { Scalar } from 'yaml';
import type { ParsedReport } from '../parse/parse-report.js';
import { visitScalars } from '../parse/yaml-nodes.js';

/**
 * Source ranges of block scalars (| and >). Lines inside them are prose, not YAML structure, so
 * text-level rules about keys and indentation must leave them alone.
 */
export function blockScalarRanges(parsed: ParsedReport): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  visitScalars(parsed.doc.contents, (node) => {
    if ((node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) && node.range) {
      ranges.push([node.range[0], node.range[1]]);
    }
  });
  return ranges;
}

export function insideAny(offset: number, ranges: Array<[number, number]>): boolean {
  // Few block scalars per file and few hits per scan: a linear check is cheaper than an index.
  return ranges.some(([s, e]) => offset > s && offset < e);
}
