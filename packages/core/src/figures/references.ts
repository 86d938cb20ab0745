/**
 * Figure references in prose: `${name}` or `${group.name}`, naming an entry under `stats`.
 * The writer's input method often turns `$ { }` into `￥ ｛ ｝`; those spellings are recognised so the
 * checker can offer the fix instead of leaving them in the text.
 */
export interface FigureReference {
  /** Index of `$` in the string value. */
  start: number;
  /** Index just past `}`. */
  end: number;
  /** The dotted name between the braces, trimmed. */
  name: string;
}

export interface MalformedReference {
  start: number;
  end: number;
  /** The correct spelling, when there is one. */
  replacement?: string;
}

const NAME = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*(?:\.[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*)*$/;
// `$` or `￥`, then `{` or `｛`, then anything up to `}` / `｝` on the same line: what the scan below finds.
const CANDIDATE_START = /[$￥][{｛]/g;
const CANDIDATE_STOP = /[}｝\n]/g;
const DOLLAR = 0x24;
const LEFT_BRACE = 0x7b;
const RIGHT_BRACE = 0x7d;
const FULLWIDTH_RIGHT_BRACE = 0xff5d;

/**
 * Every `${…}` in a string, in order, read as /([$￥])([{｛])([^}｝\n]*)([}｝]?)/g would (test/figures checks both
 * agree). By position rather than with matchAll: this runs on every prose string of a report, and matchAll made
 * a regex copy per string and a match array per reference (8 MB of a 3 MB report's first check).
 */
export function scanFigureReferences(value: string): { refs: FigureReference[]; malformed: MalformedReference[] } {
  const refs: FigureReference[] = [];
  const malformed: MalformedReference[] = [];
  if (!value.includes('{') && !value.includes('｛')) return { refs, malformed };
  // Global patterns used only through test() and lastIndex, which make no match objects; nothing here can
  // re-enter this function between setting lastIndex and reading it.
  for (let from = 0; ; ) {
    CANDIDATE_START.lastIndex = from;
    if (!CANDIDATE_START.test(value)) break;
    const start = CANDIDATE_START.lastIndex - 2;
    CANDIDATE_STOP.lastIndex = start + 2;
    const stop = CANDIDATE_STOP.test(value) ? CANDIDATE_STOP.lastIndex - 1 : value.length;
    // Character codes, not value[i]: a full-width character read that way is a new string each time.
    const closer = value.charCodeAt(stop);
    const closed = closer === RIGHT_BRACE || closer === FULLWIDTH_RIGHT_BRACE;
    const end = closed ? stop + 1 : stop;
    const dollar = value.charCodeAt(start) === DOLLAR;
    const halfwidthOpen = value.charCodeAt(start + 1) === LEFT_BRACE;
    const name = value.slice(start + 2, stop).trim();
    const canonical = dollar && halfwidthOpen && closer === RIGHT_BRACE;
    if (canonical && NAME.test(name)) refs.push({ start, end, name });
    else if (closed && NAME.test(name)) malformed.push({ start, end, replacement: `\${${name}}` });
    else if (dollar || !halfwidthOpen) malformed.push({ start, end });
    from = end;
  }
  return { refs, malformed };
}

export function isFigureName(name: string): boolean {
  return NAME.test(name);
}
