import { Document, isMap, isPair, isScalar, isSeq, Pair, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { collectionKeyRanges, LineIndex, MAX_REPORT_CHARS, parseReport, parseYamlDocument, type ParseOptions, type ParsedReport } from '@fazhi/core';

/** Files below this are parsed whole; above it, pieces of about this size are parsed and reused. */
const PIECE_SIZE = 16 * 1024;
const MAX_DEPTH = 4;

interface Piece {
  /** Where the piece starts in the text its node's ranges currently point into. */
  from: number;
  node: Node | Pair;
  data: unknown;
}

interface Built {
  node: Node;
  data: unknown;
}

/**
 * Parses a report like core's `parseReport`, but a large file in pieces that are reused across versions:
 * the block structure splits it at the lines that open a top-level key or a list item, each piece is
 * parsed alone (a YAML block may be indented as a whole), and only pieces whose text changed are parsed
 * again; the others just have their ranges moved. The pieces are joined into one document whose nodes,
 * ranges ([start, value end]) and data are those a whole parse gives. Anything unusual (a syntax error, an alias, a directive,
 * a repeated key) makes it parse the whole text with core instead, so problems are always core's.
 */
export class ChunkedParser {
  private pieces = new Map<string, Piece[]>();
  private used = new Map<string, Piece[]>();
  private text = '';
  /** Pieces parsed (not reused) by the last call: what an edit cost. */
  reparsed = 0;

  parse(text: string, options: ParseOptions = {}): ParsedReport {
    // Small files, document markers and files over core's size limit take core's path (and its messages).
    if (text.length < PIECE_SIZE * 2 || text.length > MAX_REPORT_CHARS || /^(?:---|\.\.\.|%)/m.test(text)) {
      this.pieces.clear();
      return parseReport(text, options);
    }
    this.text = text;
    this.used = new Map();
    this.reparsed = 0;
    const built = this.region(0, text.length, 0);
    // Keep the pieces of this version (and, after a failure, the older ones too: the error is likely transient).
    this.pieces = built ? this.used : new Map([...this.pieces, ...this.used]);
    this.text = '';
    if (!built || !isMap(built.node)) return parseReport(text, options);
    const doc = new Document() as Document.Parsed;
    doc.contents = built.node as Document.Parsed['contents'];
    return { source: options.source ?? '<report>', text, doc, lines: new LineIndex(text), data: built.data, problems: [] };
  }

  /** A block collection spanning [from, to): split at its own indentation, or parsed whole when small. */
  private region(from: number, to: number, depth: number): Built | undefined {
    if (to - from <= PIECE_SIZE || depth >= MAX_DEPTH) return this.whole(from, to);
    const starts = this.itemStarts(from, to);
    if (!starts) return this.whole(from, to);
    const spans = starts.offsets.map((start, i) => [i === 0 ? from : start, starts.offsets[i + 1] ?? to] as const);
    return starts.sequence ? this.sequence(spans) : this.mapping(spans, depth);
  }

  /** Items are parsed in runs of a few: fewer parser runs on open, still small ones on an edit. */
  private sequence(spans: ReadonlyArray<readonly [number, number]>): Built | undefined {
    const seq = new YAMLSeq();
    const data: unknown[] = [];
    for (const [start, end, count] of groups(this.text, spans)) {
      const piece = this.piece(start, end);
      if (!piece || !isSeq(piece.node) || piece.node.items.length !== count) return undefined;
      seq.items.push(...piece.node.items);
      data.push(...(piece.data as unknown[]));
      seq.range = [seq.range?.[0] ?? (piece.node.range as [number, number, number])[0], ...(piece.node.range as [number, number, number]).slice(1)] as [number, number, number];
    }
    return { node: seq, data };
  }

  private mapping(spans: ReadonlyArray<readonly [number, number]>, depth: number): Built | undefined {
    const map = new YAMLMap();
    const data: Record<string, unknown> = {};
    for (const [start, end] of spans) {
      const entry = end - start > PIECE_SIZE ? this.largeEntry(start, end, depth) : this.smallEntry(start, end);
      if (!entry) return undefined;
      const key = (entry.pair.key as { value?: unknown } | null)?.value;
      if (typeof key !== 'string' || key === '__proto__' || Object.hasOwn(data, key)) return undefined;
      map.items.push(entry.pair);
      data[key] = entry.value;
      const first = (map.items[0]?.key as Node).range as [number, number, number];
      const last = ((entry.pair.value ?? entry.pair.key) as Node).range as [number, number, number];
      map.range = [first[0], last[1], last[2]];
    }
    return { node: map, data };
  }

  private smallEntry(start: number, end: number): { pair: Pair; value: unknown } | undefined {
    const piece = this.piece(start, end);
    if (!piece || !isMap(piece.node) || piece.node.items.length !== 1) return undefined;
    const pair = piece.node.items[0] as Pair;
    return { pair, value: Object.values(piece.data as Record<string, unknown>)[0] };
  }

  /** `key:` alone on its line, then a large block: the key line and the block are parsed apart. */
  private largeEntry(start: number, end: number, depth: number): { pair: Pair; value: unknown } | undefined {
    const lineEnd = this.text.indexOf('\n', start);
    if (lineEnd < 0 || lineEnd >= end) return this.smallEntry(start, end);
    const head = this.smallEntry(start, lineEnd + 1);
    const empty = head?.pair.value === null || (isScalar(head?.pair.value) && head.pair.value.value === null);
    if (!head || head.value !== null || !empty) return this.smallEntry(start, end);
    const value = this.region(lineEnd + 1, end, depth + 1);
    if (!value) return undefined;
    // A fresh pair: the cached key line's own pair keeps its null value for the next version.
    return { pair: new Pair(head.pair.key, value.node), value: value.data };
  }

  /**
   * Offsets of the lines that open the region's items: the lines at the indentation of its first content
   * line. Undefined when the lines there are not all keys or all `- ` items.
   */
  private itemStarts(from: number, to: number): { sequence: boolean; offsets: number[] } | undefined {
    const text = this.text;
    let indent = -1;
    let sequence = false;
    const offsets: number[] = [];
    for (let line = from; line < to; ) {
      let i = line;
      while (text.charCodeAt(i) === 32) i++;
      const c = text[i];
      const next = text.indexOf('\n', line);
      const lineEnd = next < 0 || next >= to ? to : next + 1;
      if (!(c === undefined || c === '\n' || c === '\r' || c === '#') && i < to) {
        const col = i - line;
        const dash = c === '-' && (text[i + 1] === ' ' || text[i + 1] === '\n' || text[i + 1] === '\r');
        if (indent < 0) {
          indent = col;
          sequence = dash;
        }
        if (col < indent) return undefined;
        if (col === indent) {
          // `key:` then `- item` at the key's own indentation is a compact list inside that key's value.
          if (dash && !sequence) {
            line = lineEnd;
            continue;
          }
          if (dash !== sequence) return undefined;
          offsets.push(line);
        }
      }
      line = lineEnd;
    }
    return offsets.length > 0 ? { sequence, offsets } : undefined;
  }

  private whole(from: number, to: number): Built | undefined {
    const piece = this.piece(from, to);
    return piece && { node: piece.node as Node, data: piece.data };
  }

  /** The parse of text[from, to): reused from an earlier version when that text is unchanged. */
  private piece(from: number, to: number): Piece | undefined {
    const source = this.text.slice(from, to);
    let piece = this.pieces.get(source)?.pop();
    if (piece) {
      if (piece.from !== from) shift(piece.node, from - piece.from);
      piece.from = from;
    } else {
      this.reparsed++;
      // Core's options and fast path, so a piece means what it means in a whole parse (errors need no pretty text: they send the whole text to core).
      const { doc, data: toData } = parseYamlDocument(source, { prettyErrors: false });
      // A list or map as a key is legal YAML that core reports: the whole-text path says so.
      if (doc.errors.length || doc.warnings.length || !doc.contents || collectionKeyRanges(doc.contents).length) return undefined;
      let data: unknown;
      try {
        data = toData();
      } catch {
        return undefined;
      }
      shift(doc.contents, from);
      piece = { from, node: doc.contents, data };
    }
    const list = this.used.get(source);
    if (list) list.push(piece);
    else this.used.set(source, [piece]);
    return piece;
  }
}

/**
 * Runs of consecutive items, cut where an item's first line hashes to 0 mod 8 (or a run grows large).
 * The cuts depend on the items' own text, not on their positions, so an edit changes one run and
 * leaves the others' text, and so their parse, as it was.
 */
function groups(text: string, spans: ReadonlyArray<readonly [number, number]>): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  let start = -1;
  let count = 0;
  spans.forEach(([from, to], i) => {
    if (start < 0) start = from;
    count++;
    const lineEnd = text.indexOf('\n', from);
    let hash = 0;
    for (let k = from; k < (lineEnd < 0 || lineEnd > to ? to : lineEnd); k++) hash = (hash * 31 + text.charCodeAt(k)) | 0;
    if ((hash & 7) === 0 || to - start >= PIECE_SIZE * 2 || i === spans.length - 1) {
      out.push([start, to, count]);
      start = -1;
      count = 0;
    }
  });
  return out;
}

/**
 * Moves every range in a subtree by `delta` (the piece now starts elsewhere in the text). By assignment: the
 * fast path's nodes hand out a copy of their range when read (core's parse/block-subset/offset-nodes.ts).
 */
function shift(node: unknown, delta: number): void {
  if (!node || typeof node !== 'object') return;
  if (isPair(node)) {
    shift(node.key, delta);
    shift(node.value, delta);
    return;
  }
  const range = (node as Node).range;
  if (range) (node as Node).range = [range[0] + delta, range[1] + delta, range[2] + delta];
  if (isMap(node) || isSeq(node)) for (const item of node.items as unknown[]) shift(item, delta);
}
