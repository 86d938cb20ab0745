import { readReportHtml, type ReadBlock, type VocabularyError } from './read-html.js';
import { BLOCK_CLASSES, VOCABULARY } from './vocabulary.js';

/** What reading one stretch of a template's output gave: kept by the text it was read from. */
export interface ReadChunk {
  blocks: ReadBlock[];
  errors: VocabularyError[];
}

const BLOCKS = new Set(Object.keys(BLOCK_CLASSES));
const HEADINGS_AND_P = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const P = new Set(['p']);
/** htmlparser2's `openImpliesClose` for the vocabulary: opening the key closes an open element of the set. */
const OPEN_CLOSES: Readonly<Record<string, ReadonlySet<string>>> = {
  p: P, h1: HEADINGS_AND_P, h2: HEADINGS_AND_P, h3: HEADINGS_AND_P, h4: HEADINGS_AND_P, h5: HEADINGS_AND_P,
  address: P, ol: P, section: P, table: P,
  li: new Set(['li']), tr: new Set(['tr', 'th', 'td']), th: new Set(['th']), td: new Set(['thead', 'th', 'td']), tbody: new Set(['thead', 'tbody']),
};
/** A tag as templates write it: a vocabulary name, attributes as name="value", nothing else. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s+[A-Za-z][A-Za-z0-9-]*="[^"]*")*)\s*>/y;

/**
 * Where a template's output may be cut so that each piece reads alone exactly as it reads within the whole: after a
 * block's end tag when nothing but <section>s is open. Undefined unless the output is plain, well-nested markup of
 * the vocabulary (every tag closed in order, nothing the HTML parser would close or open by itself, no comments,
 * self-closing or void tags): then the parser sees the same tags in a piece as in the whole, and a <section> left
 * open (or closed) across a cut changes nothing the reader keeps. Anything else is read whole.
 */
export function chunkEnds(html: string): number[] | undefined {
  const ends: number[] = [];
  const stack: string[] = [];
  let at = html.indexOf('<');
  while (at !== -1) {
    TAG.lastIndex = at;
    const m = TAG.exec(html);
    if (!m) return undefined;
    const name = (m[2] as string).toLowerCase();
    if (!VOCABULARY.has(name)) return undefined;
    const top = stack[stack.length - 1];
    if (m[1]) {
      if (top !== name) return undefined;
      stack.pop();
      if (BLOCKS.has(name) && stack.every((t) => t === 'section')) ends.push(TAG.lastIndex);
    } else {
      if (top !== undefined && OPEN_CLOSES[name]?.has(top)) return undefined;
      stack.push(name);
    }
    at = html.indexOf('<', TAG.lastIndex);
  }
  return stack.length === 0 ? ends : undefined;
}

/**
 * `readReportHtml`, reusing what earlier renders read: the output is cut into pieces (`chunkEnds`), each read alone
 * or found in `cache` by its text. Falls back to reading the whole when the output cannot be cut or any piece has a
 * vocabulary error (whose offset and wording then come from the whole, as always).
 */
export function readReportHtmlChunked(html: string, cache: { get(text: string): ReadChunk | undefined; set(text: string, chunk: ReadChunk): void }): ReadChunk {
  const ends = chunkEnds(html);
  if (!ends) return readReportHtml(html);
  const blocks: ReadBlock[] = [];
  let from = 0;
  for (const end of [...ends, html.length]) {
    if (end === from) continue;
    const text = html.slice(from, end);
    let chunk = cache.get(text);
    if (!chunk) cache.set(text, (chunk = readReportHtml(text, { piece: true })));
    if (chunk.errors.length) return readReportHtml(html);
    for (const b of chunk.blocks) blocks.push(b);
    from = end;
  }
  return { blocks, errors: [] };
}
