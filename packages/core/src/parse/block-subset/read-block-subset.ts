import { Document, Scalar } from 'yaml';
import type { DocumentOptions, ParseOptions, ParsedNode, ScalarTag, SchemaOptions } from 'yaml';
import { blockScalarValue, type BlockLines } from './block-scalar.js';
import { HASH, LineCursor, OUTSIDE_SUBSET, SPACE } from './line-cursor.js';
import { OffsetMap, OffsetPair, OffsetScalar, OffsetSeq } from './offset-nodes.js';
import { typedTagOf, typedTagsOf } from './typed-tags.js';

/**
 * A fast path for the plain block style that report files are written in: maps and lists by indentation,
 * `- key: value` items, plain and one-line quoted scalars, `|` and `>` block scalars, comments. It builds the
 * same nodes, values, ranges and data as yaml's parser, composer and toJS: a 3 MB report parses in ~45 ms
 * instead of ~340 (yaml's generator-based parser was two thirds of that; docs/performance.md).
 *
 * Anything outside that subset (flow collections, anchors, tags, multi-line plain or quoted scalars, escapes,
 * tabs, CR line ends, and every construct yaml would report as an error or warning) makes it return
 * undefined, and the caller parses with yaml, which stays the reference. test/parse/block-subset.test.ts
 * checks node for node that both agree wherever this returns a document.
 *
 * Comments are skipped, not attached to nodes (`comment`, `commentBefore`, `spaceBefore`): nothing reads
 * them from a parsed report, and printing a parsed report back to YAML is not something the product does.
 */
export function readBlockSubset(text: string, options: BlockSubsetOptions): BlockSubsetReading | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text)) return undefined;
  const doc = new Document(undefined, options.yaml) as unknown as Document.Parsed;
  try {
    const reader = new BlockReader(text, doc, options.maxDepth);
    const { contents, start, data } = reader.document();
    doc.contents = contents as ParsedNode;
    // Like yaml: the document starts on its first content line and owns the blank and comment lines after.
    doc.range = [start, contents.rangeEnd, text.length];
    return { doc, data };
  } catch (err) {
    if (err === OUTSIDE_SUBSET) return undefined;
    throw err;
  }
}

/** The document, and the data its toJS() gives, built in the same pass. */
export interface BlockSubsetReading {
  doc: Document.Parsed;
  data: unknown;
}

export interface BlockSubsetOptions {
  /** The options yaml composes reports with (YAML_OPTIONS), so both paths build the same document. */
  yaml: ParseOptions & DocumentOptions & SchemaOptions;
  /** Deeper documents are left to yaml, which reports the nesting limit. */
  maxDepth: number;
}

/** Control characters, tabs, CR, NEL, line and paragraph separators, BOM: each has YAML rules of its own. */
const UNSUPPORTED_CHARACTERS = /[\0-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/;

/** YAML's limit on the length of an implicit key. */
const MAX_KEY_LENGTH = 1024;

type BlockNode = OffsetScalar | OffsetMap | OffsetSeq;

class BlockReader extends LineCursor {
  /** The plain value of the node read last (what yaml's toJS makes of it), for its parent's data. */
  private js: unknown;
  /** The schema's tags that type a plain scalar by its look (null, booleans, numbers), in yaml's order. */
  private readonly typedTags: ScalarTag[];
  /**
   * The items (and a list's data) of the collections being read, innermost last; each collection takes an array
   * of exactly its length when it ends. Its own array, pushed into, would have room for 17 (V8's first growth)
   * where most maps hold two or three: 1.2 MB of a 3 MB report's 10 MB tree, copied by every scavenge.
   */
  private readonly itemStack: unknown[] = [];
  private readonly dataStack: unknown[] = [];
  /** One string per distinct key: `title` and `text` are most of a report's keys, kept once, not once per line. */
  private readonly keys = new Map<string, string>();

  constructor(
    text: string,
    private readonly doc: Document.Parsed,
    private readonly maxDepth: number,
  ) {
    super(text);
    this.typedTags = typedTagsOf(doc);
  }

  document(): { contents: BlockNode; start: number; data: unknown } {
    this.skipInsignificant();
    if (this.eof) throw OUTSIDE_SUBSET;
    const start = this.lineStart;
    const contents = this.collection(0);
    const data = this.js;
    this.skipInsignificant();
    if (!this.eof) throw OUTSIDE_SUBSET;
    return { contents, start, data };
  }

  // ---- collections ----

  /** The map or list that starts on the current (significant) line at its indentation. */
  private collection(depth: number): OffsetMap | OffsetSeq {
    if (depth > this.maxDepth) throw OUTSIDE_SUBSET;
    const p = this.lineStart + this.indent;
    return this.isSeqItem(p) ? this.seq(this.indent, depth) : this.map(this.indent, p, depth);
  }

  private seq(column: number, depth: number): OffsetSeq {
    const { itemStack, dataStack } = this;
    const firstItem = itemStack.length;
    const firstData = dataStack.length;
    const start = this.lineStart + column;
    let end = start;
    for (;;) {
      const dash = this.lineStart + column;
      let p = dash + 1;
      while (p < this.lineEnd && this.text.charCodeAt(p) === SPACE) p++;
      const item =
        p === this.lineEnd || this.text.charCodeAt(p) === HASH
          ? this.indentedValue(column, p, depth, false)
          : this.inlineValue(p, column, depth, true);
      itemStack.push(item);
      dataStack.push(this.js);
      end = item.rangeEnd;
      this.skipInsignificant();
      if (this.eof || this.indent < column) break;
      if (this.indent > column) throw OUTSIDE_SUBSET; // a continuation line or a bad indent: yaml's call
      if (!this.isSeqItem(this.lineStart + column)) {
        // The list was the value of a key at this column. A comment before the next key is the list's
        // for yaml, and stretches its range.
        if (this.skippedComment) throw OUTSIDE_SUBSET;
        break;
      }
    }
    const seq = new OffsetSeq(this.doc.schema, itemStack.slice(firstItem) as OffsetSeq['items']);
    itemStack.length = firstItem;
    this.js = dataStack.slice(firstData);
    dataStack.length = firstData;
    seq.rangeStart = start;
    seq.rangeValueEnd = end;
    seq.rangeEnd = end;
    return seq;
  }

  /** A map whose first key starts at `first` (mid-line for `- key: value`), its keys at `column`. */
  private map(column: number, first: number, depth: number): OffsetMap {
    const { itemStack } = this;
    const firstItem = itemStack.length;
    const data: Record<string, unknown> = {};
    let end = first;
    let p = first;
    for (;;) {
      const key = this.key(p);
      if (Object.hasOwn(data, key.value)) throw OUTSIDE_SUBSET; // yaml reports the duplicate
      let q = key.rangeValueEnd + 1;
      while (q < this.lineEnd && this.text.charCodeAt(q) === SPACE) q++;
      const value =
        q === this.lineEnd || this.text.charCodeAt(q) === HASH
          ? this.indentedValue(column, q, depth, true)
          : this.inlineValue(q, column, depth, false);
      itemStack.push(new OffsetPair(key, value));
      // As yaml's toJS: a key an object already has (`__proto__`, `constructor`) becomes an own property.
      if (key.value in data) Object.defineProperty(data, key.value, { value: this.js, writable: true, enumerable: true, configurable: true });
      else data[key.value] = this.js;
      end = value.rangeEnd;
      this.skipInsignificant();
      if (this.eof || this.indent < column) break;
      if (this.indent > column) throw OUTSIDE_SUBSET;
      p = this.lineStart + column;
      if (this.isSeqItem(p)) throw OUTSIDE_SUBSET; // a list item among keys
    }
    const map = new OffsetMap(this.doc.schema, itemStack.slice(firstItem) as OffsetMap['items']);
    itemStack.length = firstItem;
    map.rangeStart = first;
    map.rangeValueEnd = end;
    map.rangeEnd = end;
    this.js = data;
    return map;
  }

  /** The value of a key or item with nothing after its indicator: what the next lines hold, or null. */
  private indentedValue(column: number, emptyAt: number, depth: number, listMayAlign: boolean): BlockNode {
    const commented = emptyAt < this.lineEnd;
    this.nextLine();
    const nextIsContent = !this.eof && this.indent < this.lineEnd - this.lineStart && this.text.charCodeAt(this.lineStart + this.indent) !== HASH;
    this.skipInsignificant();
    if (!this.eof) {
      const nested = this.indent > column;
      const alignedList = listMayAlign && this.indent === column && this.isSeqItem(this.lineStart + column);
      if (nested || alignedList) return this.collection(depth + 1);
    }
    // yaml stretches an empty value over the comments and blank lines after it, in ways of its own (and
    // differently at the end of the text): only an empty value followed directly by the next key or item
    // is read here. Writers leave few values empty; the rest go to yaml.
    if (commented || !nextIsContent) throw OUTSIDE_SUBSET;
    return this.plainScalar('', emptyAt, emptyAt, emptyAt);
  }

  /** A value that starts on the indicator's line, at q. */
  private inlineValue(q: number, column: number, depth: number, mayBeMap: boolean): BlockNode {
    const { text } = this;
    const ch = text[q];
    if (ch === '"' || ch === "'") return this.quoted(q);
    if (ch === '|' || ch === '>') return this.blockScalar(q, column);
    if (this.startsIndicator(q)) throw OUTSIDE_SUBSET;
    this.scanLine(q);
    if (this.colon >= 0) {
      if (mayBeMap) return this.map(q - this.lineStart, q, depth + 1);
      throw OUTSIDE_SUBSET; // `a: b: c`
    }
    const end = this.contentEnd;
    const scalar = this.plainScalar(text.slice(q, end), q, end, this.lineAfter);
    this.nextLine();
    return scalar;
  }

  // ---- scalars ----

  private key(p: number): OffsetScalar<string> {
    const { text } = this;
    if (this.startsIndicator(p)) throw OUTSIDE_SUBSET;
    this.scanLine(p);
    const colon = this.colon;
    if (colon < 0 || colon - p > MAX_KEY_LENGTH) throw OUTSIDE_SUBSET; // not a `key:` line, or too long a key
    if (text.charCodeAt(colon - 1) === SPACE) throw OUTSIDE_SUBSET; // `key :` keeps yaml's own ranges
    const written = text.slice(p, colon);
    let source = this.keys.get(written);
    if (source === undefined) this.keys.set(written, (source = written));
    const key = this.plainScalar(source, p, colon, colon);
    if (typeof key.value !== 'string') throw OUTSIDE_SUBSET; // numbers, booleans, null as keys
    return key as OffsetScalar<string>;
  }

  /** A plain scalar, typed the way yaml's schema types it (null, booleans, numbers, else text). */
  private plainScalar(source: string, start: number, valueEnd: number, nodeEnd: number): OffsetScalar {
    const tag = typedTagOf(this.typedTags, source);
    let scalar: OffsetScalar;
    if (tag) {
      const resolved = tag.resolve(
        source,
        () => {
          throw OUTSIDE_SUBSET;
        },
        this.doc.options,
      );
      scalar = new OffsetScalar(resolved instanceof Scalar ? resolved.value : resolved);
      // A float's Scalar carries its digits after the point (minFractionDigits), which stringifying uses.
      if (resolved instanceof Scalar) Object.assign(scalar, resolved);
      if (tag.format) scalar.format = tag.format;
    } else scalar = new OffsetScalar(source);
    return this.finish(scalar, source, 'PLAIN', start, valueEnd, nodeEnd);
  }

  private finish(scalar: OffsetScalar, source: string, type: Scalar.Type, start: number, valueEnd: number, nodeEnd: number): OffsetScalar {
    scalar.rangeStart = start;
    scalar.rangeValueEnd = valueEnd;
    scalar.rangeEnd = nodeEnd;
    scalar.source = source;
    scalar.type = type;
    this.js = scalar.value;
    return scalar;
  }

  /** A quoted scalar that closes on its own line, without escapes. */
  private quoted(q: number): OffsetScalar {
    const { text } = this;
    const quote = text[q] as string;
    let value = '';
    let close: number;
    for (let from = q + 1; ; ) {
      close = text.indexOf(quote, from);
      if (close === -1 || close >= this.lineEnd) throw OUTSIDE_SUBSET; // continues on the next line
      if (quote === "'" && text[close + 1] === "'") {
        value += text.slice(from, close + 1);
        from = close + 2;
        continue;
      }
      value += text.slice(from, close);
      break;
    }
    if (quote === '"' && value.includes('\\')) throw OUTSIDE_SUBSET; // escapes
    const after = close + 1;
    let r = after;
    while (r < this.lineEnd && text.charCodeAt(r) === SPACE) r++;
    if (r < this.lineEnd && !(r > after && text.charCodeAt(r) === HASH)) throw OUTSIDE_SUBSET; // `"key": v`, junk
    const scalar = this.finish(new OffsetScalar(value), value, quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', q, after, this.lineAfter);
    this.nextLine();
    return scalar;
  }

  /** `|` or `>` with an optional chomping indicator and nothing else on the line; the content below. */
  private blockScalar(q: number, column: number): OffsetScalar {
    const { text } = this;
    const style = text[q] as '|' | '>';
    let h = q + 1;
    const chomp = text[h] === '-' || text[h] === '+' ? (text[h++] as '-' | '+') : '';
    if (h !== this.lineEnd) throw OUTSIDE_SUBSET; // indentation indicator, comment, trailing spaces
    this.nextLine();
    const block: BlockLines = { lines: [], emptyBefore: [], trailingEmpty: 0 };
    let indent = -1;
    let end = this.lineAfter;
    while (!this.eof) {
      const length = this.lineEnd - this.lineStart;
      if (this.indent === length) {
        if (indent === -1 || length > indent) throw OUTSIDE_SUBSET; // leading or over-indented empty lines
        if (this.lineEnd === text.length) throw OUTSIDE_SUBSET; // spaces ending the text: yaml's own reading
        block.trailingEmpty++;
        this.nextLine();
        continue;
      }
      if (indent === -1) {
        if (this.indent <= column) throw OUTSIDE_SUBSET; // an empty block scalar
        indent = this.indent;
      } else if (this.indent < indent) break;
      if (this.indent > indent && style === '>') throw OUTSIDE_SUBSET; // more-indented folded lines
      block.lines.push(text.slice(this.lineStart + indent, this.lineEnd));
      block.emptyBefore.push(block.trailingEmpty);
      block.trailingEmpty = 0;
      end = this.lineAfter;
      this.nextLine();
    }
    if (indent === -1) throw OUTSIDE_SUBSET;
    const value = blockScalarValue(style, chomp, block);
    if (chomp === '+') end = Math.min(this.lineStart, text.length); // kept line breaks belong to the scalar, and so do their lines
    return this.finish(new OffsetScalar(value), value, style === '|' ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED', q, end, end);
  }
}
