import { Document, isMap, isNode, isScalar, isSeq, visit, type Pair } from 'yaml';

/** Prose longer than this is written as a literal block: easy to read and edit, and never folded. */
const BLOCK_FROM = 30;

export interface YamlComments {
  /** A comment above the file. */
  header?: string;
  /** A comment below the last key. */
  trailer?: string;
  /** A comment above a top-level key. */
  keys?: Record<string, string>;
  /** A comment above each element of a top-level key's list at `path`, e.g. measures.sections. */
  elements?: Array<{ path: string[]; comments: string[] }>;
}

/**
 * Data → the YAML a writer reads: a comment on each part, long prose as `|-` blocks (a literal block keeps
 * the text exactly; a folded one would put spaces between lines), a blank line between top-level parts.
 */
export function writeYaml(data: Record<string, unknown>, comments: YamlComments = {}): string {
  const doc = new Document(data);
  if (comments.header) doc.commentBefore = asComment(comments.header);
  if (comments.trailer) doc.comment = asComment(comments.trailer);
  if (isMap(doc.contents)) {
    for (const [i, pair] of (doc.contents.items as Pair[]).entries()) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const comment = comments.keys?.[key];
      if (comment && isScalar(pair.key)) pair.key.commentBefore = asComment(comment);
      if (isScalar(pair.key) && i > 0 && (comment || isMap(pair.value) || isSeq(pair.value))) pair.key.spaceBefore = true;
    }
  }
  for (const { path, comments: list } of comments.elements ?? []) {
    const seq = doc.getIn(path, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((node, i) => {
      const c = list[i];
      if (c && isNode(node)) node.commentBefore = asComment(c);
    });
  }
  visit(doc, {
    Scalar(key, node) {
      if (typeof node.value !== 'string' || (key !== 'value' && typeof key !== 'number')) return;
      if (node.value.length > BLOCK_FROM || node.value.includes('\n')) node.type = 'BLOCK_LITERAL';
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** Each line of a comment one space after its “#”. */
const asComment = (text: string) => text.split('\n').map((line) => (line ? ` ${line}` : '')).join('\n');
