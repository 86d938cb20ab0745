// Two renders of the preview compared block by block (pure: no `vscode`, unit-tested in test/block-diff.test.ts).
//
// Why here, in the extension, and not in the server: the server stays stateless (no per-document copy of the last
// page to keep in step with a webview it cannot see, nothing to invalidate when the server restarts or a second
// client asks), and the comparison is a few hundred string comparisons, well under a millisecond at 300 KB. What an
// edit costs at 300 KB is the webview parsing and laying out the whole page again; the patch this computes avoids
// that. Sending the full block list from the server over the local pipe costs about a millisecond.

/** The page as the server renders it (`fazhi/render` with `page: true`). */
export interface PreviewPage {
  lang: string;
  style: string;
  /** One element per block, in order; each carries data-block (its index) and data-src-start/-end (YAML offsets). */
  blocks: string[];
}

/**
 * What turns the page the webview shows into the new one: the blocks `from` … `from + remove - 1` give way to
 * `insert`; every block then takes its source range from `sources` and its figures' from `figures` (an edit moves the
 * offsets of all blocks after it, and of every figure whose `stats:` entry is after it, which changes no text) and its
 * index as data-block.
 */
export interface BlockPatch {
  from: number;
  remove: number;
  insert: string[];
  /** [start, end] of each block of the new page, flattened; -1, -1 for a block with no source. */
  sources: number[];
  /** Per block of the new page, [start, end] of each of its figures (span.fz-figure) in order, flattened; -1, -1 for a
   * figure with no source. Empty for a block without figures. */
  figures: number[][];
}

/** A page with its blocks' comparison keys computed once (the page shown is compared with every render after it). */
export interface KeyedPage {
  page: PreviewPage;
  keys: string[];
}

const POSITION_ATTRIBUTES = / data-(?:block|src-start|src-end|figure-start|figure-end)="[^"]*"/g;
const SOURCE = / data-src-start="(\d+)" data-src-end="(\d+)"/;
const FIGURE = /<span class="fz-figure"[^>]*>/g;
const FIGURE_SOURCE = / data-figure-start="(\d+)" data-figure-end="(\d+)"/;

export function keyed(page: PreviewPage): KeyedPage {
  return { page, keys: page.blocks.map(blockKey) };
}

/** A block as it looks: its HTML without its position (index, source offsets, its figures' source offsets). */
export function blockKey(html: string): string {
  return html.replace(POSITION_ATTRIBUTES, '');
}

/**
 * The patch from `shown` to `next`, or undefined when the page must be replaced whole: its language or style sheet
 * changed (another pack or script), or no block is left in place (another document, another template). The changed
 * run is the blocks between the longest common prefix and suffix, so typing in one paragraph, Enter adding an entry
 * or deleting one all make a patch of a block or two.
 */
export function diffPages(shown: KeyedPage, next: KeyedPage): BlockPatch | undefined {
  const a = shown.keys;
  const b = next.keys;
  if (shown.page.lang !== next.page.lang || shown.page.style !== next.page.style) return undefined;
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  if (prefix + suffix === 0 && a.length > 0 && b.length > 0) return undefined;
  return {
    from: prefix,
    remove: a.length - prefix - suffix,
    insert: next.page.blocks.slice(prefix, b.length - suffix),
    sources: next.page.blocks.flatMap(sourceOf),
    figures: next.page.blocks.map(figuresOf),
  };
}

function figuresOf(html: string): number[] {
  if (!html.includes('fz-figure')) return [];
  return Array.from(html.matchAll(FIGURE), ([tag]) => {
    const m = FIGURE_SOURCE.exec(tag);
    return m ? [Number(m[1]), Number(m[2])] : [-1, -1];
  }).flat();
}

function sourceOf(html: string): [number, number] {
  const m = SOURCE.exec(html.slice(0, html.indexOf('>')));
  return m ? [Number(m[1]), Number(m[2])] : [-1, -1];
}
