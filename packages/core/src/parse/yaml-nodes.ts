import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar } from 'yaml';
import type { Range } from '../validate/diagnostic.js';

export type Path = Array<string | number>;

/** The source range of a node's value (without trailing comments or blank lines). */
export function rangeOf(node: Node | null | undefined): Range | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

/** The key string of a pair, when it is a plain scalar key. */
export function keyOf(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return String(k.value);
  return typeof k === 'string' ? k : undefined;
}

/** The pair for `key` in a map node (the first, when a key is duplicated). */
export function pairIn(map: Node | null | undefined, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  const items = map.items as Pair[];
  if (items.length <= INDEX_FROM) return items.find((p) => keyOf(p) === key);
  return keyIndex(items).get(key);
}

/**
 * A lookup per finding would scan the whole map: with 100,000 unknown keys that made schema findings
 * quadratic (minutes for a 1.4 MB file). Big maps get an index built once; parsed documents are not edited
 * in place, and the length check rebuilds it if one ever is.
 */
const INDEX_FROM = 16;
const indexes = new WeakMap<Pair[], { length: number; byKey: Map<string, Pair> }>();

function keyIndex(items: Pair[]): Map<string, Pair> {
  const cached = indexes.get(items);
  if (cached && cached.length === items.length) return cached.byKey;
  const byKey = new Map<string, Pair>();
  for (const p of items) {
    const k = keyOf(p);
    if (k !== undefined && !byKey.has(k)) byKey.set(k, p);
  }
  indexes.set(items, { length: items.length, byKey });
  return byKey;
}

/** The node at a data path. */
export function nodeAt(doc: Document, path: Path): Node | undefined {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (typeof seg === 'number') node = isSeq(node) ? node.items[seg] : undefined;
    else node = pairIn(node as Node, seg)?.value;
    if (!node) return undefined;
  }
  return node as Node;
}

/** The key node of the last segment of a path (for "reported on the key" diagnostics). */
export function keyNodeAt(doc: Document, path: Path): Node | undefined {
  if (path.length === 0) return undefined;
  const last = path[path.length - 1] as string | number;
  if (typeof last === 'number') return nodeAt(doc, path);
  const parent = nodeAt(doc, path.slice(0, -1)) ?? (path.length === 1 ? (doc.contents as Node) : undefined);
  return pairIn(parent, last)?.key as Node | undefined;
}

/**
 * Where to report something about the value at `path`: its key when it has one (what a writer sees
 * as "the field"), else the value itself, else the start of the document.
 */
export function reportRange(doc: Document, path: Path): Range {
  return rangeOf(keyNodeAt(doc, path)) ?? rangeOf(nodeAt(doc, path)) ?? firstKeyRange(doc);
}

/** The first top-level key: where document-wide findings are anchored. */
export function firstKeyRange(doc: Document): Range {
  const contents = doc.contents;
  if (isMap(contents) && contents.items[0]) {
    const r = rangeOf(contents.items[0].key as Node);
    if (r) return r;
  }
  return rangeOf(contents as Node) ?? { start: 0, end: 0 };
}

/** Called with a scalar and its data path; the path array is reused after the call returns, so copy it to keep it. */
export type ScalarVisitor = (node: Scalar, path: Path) => void;

/**
 * Visits every scalar value (not keys) with its data path. One path array is pushed and popped on the way
 * down rather than a new one made per node: at 3 MB that was a fifth of the walk's time, most of it cold.
 */
export function visitScalars(node: unknown, visit: ScalarVisitor, path: Path = []): void {
  if (isScalar(node)) visit(node, path);
  else if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyOf(pair);
      if (key === undefined) continue;
      path.push(key);
      visitScalars(pair.value, visit, path);
      path.pop();
    }
  } else if (isSeq(node)) {
    const items = node.items;
    for (let i = 0; i < items.length; i++) {
      path.push(i);
      visitScalars(items[i], visit, path);
      path.pop();
    }
  } else if (isPair(node)) {
    visitScalars(node.value, visit, path);
  }
}
