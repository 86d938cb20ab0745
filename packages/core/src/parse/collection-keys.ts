import { isCollection, isMap, isSeq } from 'yaml';
import type { Range } from '../validate/diagnostic.js';

/**
 * Where a list or map stands as a key (`[a]: 1`, `{a: b}: 1`): YAML allows it, a data file never means it.
 * A plain walk rather than yaml's `visit`: it runs on every parse, and at 3 MB `visit` alone took 20 ms.
 * Depth is bounded by the nesting limit checked before composing.
 */
export function collectionKeyRanges(node: unknown, found: Range[] = []): Range[] {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as { range?: [number, number, number] } | null;
      if (isCollection(key) && key.range) found.push({ start: key.range[0], end: key.range[1] });
      collectionKeyRanges(pair.key, found);
      collectionKeyRanges(pair.value, found);
    }
  } else if (isSeq(node)) for (const item of node.items) collectionKeyRanges(item, found);
  return found;
}
