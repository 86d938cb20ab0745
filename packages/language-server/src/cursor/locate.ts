import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { keyOf } from '@fazhi/core';
import type { Segment } from './block-path.js';

/** What the parsed document has at an offset: the data path, and whether the offset is on a key. */
export interface Located {
  path: Segment[];
  onKey: boolean;
  pair?: Pair;
  /** The scalar under the offset (a key or a value). */
  scalar?: Scalar;
}

const within = (node: unknown, offset: number): boolean => {
  const r = (node as Node | null)?.range;
  return !!r && offset >= r[0] && offset <= r[1];
};

export function locate(doc: Document, offset: number): Located | undefined {
  const path: Segment[] = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      // A block value's range ends where the next key starts: the key wins, then the later value.
      const pair = (node.items.find((p) => within(p.key, offset)) ?? node.items.findLast((p) => within(p.value, offset))) as Pair | undefined;
      const key = pair && keyOf(pair);
      if (!pair || key === undefined) return undefined;
      path.push(key);
      if (within(pair.key, offset)) return { path, onKey: true, pair, scalar: isScalar(pair.key) ? pair.key : undefined };
      if (isScalar(pair.value)) return { path, onKey: false, pair, scalar: pair.value };
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findLastIndex((item) => within(isPair(item) ? item.value : item, offset));
      if (i < 0) return undefined;
      path.push(i);
      const item = node.items[i];
      if (isScalar(item)) return { path, onKey: false, scalar: item };
      node = item;
    } else return undefined;
  }
}
