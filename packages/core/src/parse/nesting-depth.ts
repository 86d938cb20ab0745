import type { CST } from 'yaml';

/**
 * Deepest nesting a data file may have. A real report is eight levels deep at most (measures → sections →
 * items → points); the limit is far above that and far below where building the data would exhaust the
 * call stack (around a thousand levels), so a malformed or hostile file gets a clear message instead.
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * Offset of the first collection nested deeper than `max`, or undefined. Walks the parser's token tree
 * with an explicit stack: the tree may be arbitrarily deep, which is the point.
 */
export function firstTooDeep(tokens: readonly CST.Token[], max = MAX_NESTING_DEPTH): number | undefined {
  const stack: Array<[CST.Token, number]> = tokens.map((t) => [t, 0]);
  let first: number | undefined;
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token, number];
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > max) {
      first = first === undefined ? token.offset : Math.min(first, token.offset);
      continue;
    }
    for (const item of token.items) {
      if ('key' in item && item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return first;
}
