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
// `$` or `￥`, then `{` or `｛`, then anything up to `}` / `｝` on the same line.
const CANDIDATE = /([$￥])([{｛])([^}｝\n]*)([}｝]?)/g;

export function scanFigureReferences(value: string): { refs: FigureReference[]; malformed: MalformedReference[] } {
  const refs: FigureReference[] = [];
  const malformed: MalformedReference[] = [];
  if (!value.includes('{') && !value.includes('｛')) return { refs, malformed };
  for (const m of value.matchAll(CANDIDATE)) {
    const [whole, dollar, open, inner = '', close] = m;
    const start = m.index;
    const end = start + whole.length;
    const name = inner.trim();
    const canonical = dollar === '$' && open === '{' && close === '}';
    if (canonical && NAME.test(name)) refs.push({ start, end, name });
    else if (close && NAME.test(name)) malformed.push({ start, end, replacement: `\${${name}}` });
    else if (dollar === '$' || open === '｛') malformed.push({ start, end });
  }
  return { refs, malformed };
}

export function isFigureName(name: string): boolean {
  return NAME.test(name);
}
