import { Pair, Scalar, YAMLMap, YAMLSeq, type Range, type Schema } from 'yaml';

/**
 * yaml's Scalar, Pair, YAMLMap and YAMLSeq as the fast path builds them: the same prototypes (so `isScalar`,
 * `instanceof Scalar` and every method work), built for the ~60,000 nodes of a 3 MB report to be cheap, because
 * during a first open every byte the parse keeps is touched fresh and copied twice by the young-generation
 * collector (docs/performance.md):
 *
 * - The range is three numbers on the node, not an array (72 bytes each: 2.8 MB of the tree at 3 MB). `range`
 *   is still there for every reader: an accessor that builds the array when read (a short-lived one: nothing
 *   keeps it) and stores the numbers when assigned. So a range read is a copy: move a node by assigning a
 *   new range, never by writing into the array read.
 * - yaml marks each node's kind with `Object.defineProperty(this, NODE_TYPE, …)` in its constructors, a slow
 *   call per node when the code is still cold; here the mark sits on the prototype, where yaml's `isScalar`,
 *   `isPair`, … find it just the same (NODE_TYPE is the registered symbol yaml's identity checks read).
 */
const NODE_TYPE = Symbol.for('yaml.node.type');

export interface OffsetScalar<T = unknown> extends Scalar<T> {}
export class OffsetScalar<T = unknown> {
  rangeStart = 0;
  rangeValueEnd = 0;
  rangeEnd = 0;
  constructor(value: T) {
    this.value = value;
  }
}

export interface OffsetPair<K = unknown, V = unknown> extends Pair<K, V> {}
export class OffsetPair<K = unknown, V = unknown> {
  constructor(key: K, value: V) {
    this.key = key;
    this.value = value;
  }
}

export interface OffsetMap extends YAMLMap {}
export class OffsetMap {
  rangeStart = 0;
  rangeValueEnd = 0;
  rangeEnd = 0;
  constructor(schema: Schema, items: OffsetMap['items']) {
    this.items = items;
    schemaOf(this, schema);
  }
}

export interface OffsetSeq extends YAMLSeq {}
export class OffsetSeq {
  rangeStart = 0;
  rangeValueEnd = 0;
  rangeEnd = 0;
  constructor(schema: Schema, items: OffsetSeq['items']) {
    this.items = items;
    schemaOf(this, schema);
  }
}

/** As yaml's collections hold it: not enumerable, so printing or comparing a tree does not walk the schema. */
function schemaOf(node: object, schema: Schema): void {
  Object.defineProperty(node, 'schema', { value: schema, configurable: true, enumerable: false, writable: true });
}

type OffsetNode = OffsetScalar | OffsetMap | OffsetSeq;

const rangeAccessor: PropertyDescriptor = {
  configurable: true,
  get(this: OffsetNode): Range {
    return [this.rangeStart, this.rangeValueEnd, this.rangeEnd];
  },
  set(this: OffsetNode, range: Range) {
    this.rangeStart = range[0];
    this.rangeValueEnd = range[1];
    this.rangeEnd = range[2];
  },
};

// yaml's identity checks read `node[NODE_TYPE]`, the kinds being registered symbols (yaml's nodes/identity.js).
for (const [own, yamls, kind] of [
  [OffsetScalar, Scalar, 'yaml.scalar'],
  [OffsetPair, Pair, 'yaml.pair'],
  [OffsetMap, YAMLMap, 'yaml.map'],
  [OffsetSeq, YAMLSeq, 'yaml.seq'],
] as const) {
  Object.setPrototypeOf(own.prototype, yamls.prototype);
  // yaml's statics (Scalar.PLAIN, YAMLMap.tagName, …) through the constructor, as for a subclass.
  Object.setPrototypeOf(own, yamls);
  Object.defineProperty(own.prototype, NODE_TYPE, { value: Symbol.for(kind) });
  if (own !== OffsetPair) Object.defineProperty(own.prototype, 'range', rangeAccessor);
}
