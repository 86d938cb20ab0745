/** Thrown (a constant, so no stack is captured) when the text leaves the subset. */
export const OUTSIDE_SUBSET = Symbol('outside the block subset');

/** Characters that start something other than a plain scalar when they begin a key or value. */
const INDICATORS = new Set('[]{},#&*!|>\'"%@`');

export const SPACE = 32;
export const COLON = 58;
export const HASH = 35;

/** The reader's position: the current line, its indentation, and what the line holds after a point. */
export class LineCursor {
  protected lineStart = 0;
  protected lineEnd = 0;
  /** Spaces before the line's first character. */
  protected indent = 0;
  /** Whether the last skipInsignificant passed a comment line. */
  protected skippedComment = false;
  /** Set by scanLine. */
  protected colon = -1;
  protected contentEnd = 0;

  constructor(protected readonly text: string) {
    this.setLine(0);
  }

  protected get eof(): boolean {
    return this.lineStart >= this.text.length;
  }

  /** Where the current line's node ends: after its line break. */
  protected get lineAfter(): number {
    return Math.min(this.lineEnd + 1, this.text.length);
  }

  protected setLine(start: number): void {
    const { text } = this;
    this.lineStart = start;
    const nl = text.indexOf('\n', start);
    this.lineEnd = nl === -1 ? text.length : nl;
    let i = start;
    while (i < this.lineEnd && text.charCodeAt(i) === SPACE) i++;
    this.indent = i - start;
  }

  protected nextLine(): void {
    this.setLine(this.lineEnd + 1);
  }

  /**
   * Skips blank and comment lines; stops at document markers and directives, which yaml handles. A comment
   * indented deeper than the line after it belongs, for yaml, to a node that has ended: it stretches that
   * node's range, so such files are left to yaml.
   */
  protected skipInsignificant(): void {
    let commentIndent = -1;
    while (!this.eof) {
      const first = this.lineStart + this.indent;
      if (first < this.lineEnd && this.text.charCodeAt(first) !== HASH) break;
      if (first < this.lineEnd && this.indent > commentIndent) commentIndent = this.indent;
      this.nextLine();
    }
    if (commentIndent > (this.eof ? 0 : this.indent)) throw OUTSIDE_SUBSET;
    this.skippedComment = commentIndent >= 0;
    if (this.eof || this.indent > 0) return;
    const { text, lineStart } = this;
    if (text.startsWith('---', lineStart) || text.startsWith('...', lineStart) || text[lineStart] === '%') throw OUTSIDE_SUBSET;
  }

  protected isSeqItem(p: number): boolean {
    return this.text.charCodeAt(p) === 45 /* - */ && (p + 1 === this.lineEnd || this.text.charCodeAt(p + 1) === SPACE);
  }

  /** Whether a key or value starting at p would be anything but a plain scalar. */
  protected startsIndicator(p: number): boolean {
    const ch = this.text[p] as string;
    if (INDICATORS.has(ch)) return true;
    return (ch === '-' || ch === '?' || ch === ':') && (p + 1 === this.lineEnd || this.text.charCodeAt(p + 1) === SPACE);
  }

  /** The first `: ` and ` #` at or after the last search: the reader only moves forwards, so each is searched once. */
  private nextColonSpace = -1;
  private nextSpaceHash = -1;
  private scannedFrom = 0;

  /**
   * For the rest of the line from `from`: `colon`, the first `:` that ends a key (followed by a space or the
   * line's end, before any comment), or -1; `contentEnd`, where the text ends before a ` #` comment and
   * trailing spaces. Native searches rather than a loop over characters: this runs on every line, and the
   * first parse of a large file runs before the JIT has compiled anything. In the whole text, not a slice of
   * the line (a string per line, 30,000 at 3 MB), each match kept until the reader passes it.
   */
  protected scanLine(from: number): void {
    const { text, lineEnd } = this;
    // Never backwards today; if a change ever scans backwards, the kept matches may lie past a nearer one.
    if (from < this.scannedFrom) this.nextSpaceHash = this.nextColonSpace = -1;
    this.scannedFrom = from;
    if (this.nextSpaceHash < from) this.nextSpaceHash = found(text.indexOf(' #', from), text.length);
    if (this.nextColonSpace < from) this.nextColonSpace = found(text.indexOf(': ', from), text.length);
    const hash = this.nextSpaceHash < lineEnd ? this.nextSpaceHash : -1;
    const stop = hash === -1 ? lineEnd : hash;
    let colon = this.nextColonSpace < stop ? this.nextColonSpace : -1;
    if (colon === -1 && hash === -1 && lineEnd > from && text.charCodeAt(lineEnd - 1) === COLON) colon = lineEnd - 1;
    let end = stop;
    while (end > from && text.charCodeAt(end - 1) === SPACE) end--;
    this.colon = colon;
    this.contentEnd = end;
  }
}

/** An indexOf result, with `none` (the text's length: past every line) for not found. */
const found = (at: number, none: number): number => (at === -1 ? none : at);
