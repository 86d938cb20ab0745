import type { HelperDelegate } from 'handlebars';

/** One argument of a helper, as the editor's completion and hover show it. */
export interface HelperParam {
  name: string;
  zh: string;
  en: string;
  /** May be left out. */
  optional?: boolean;
  /** Takes any number of values from here on. */
  rest?: boolean;
}

/** A template helper with the documentation `fazhi templates` and docs/templates.md show maintainers. */
export interface TemplateHelper {
  name: string;
  /** One line: what it prints, with an example call and its output. */
  doc: string;
  /** Its arguments in order (the editor shows `name a b?`). */
  params: readonly HelperParam[];
  fn: HelperDelegate;
}

/** The index or count the numbering helpers take, and their optional base. */
export const ORDINAL_PARAMS: readonly HelperParam[] = [
  { name: 'index', zh: '序号：@index（从 0 起），或第二个参数为 1 时的计数', en: 'the position: @index (from 0), or a count when the second argument is 1' },
  { name: 'base', zh: '写 1 表示第一个参数从 1 起数', en: '1 when the first argument counts from 1', optional: true },
];

/** A helper refusing its arguments, in both languages (the template error shows the maintainer's). */
export class HelperError extends Error {
  constructor(
    message: string,
    readonly en: string,
  ) {
    super(message);
  }
}

/** Handlebars passes its options hash as the last argument; helpers see only the real ones. */
export function positional(args: unknown[]): unknown[] {
  return args.slice(0, -1);
}

/** An index from `@index` (0-based) or a count (1-based) as the 1-based ordinal to print. */
export function ordinal(value: unknown, base: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new HelperError(`需要一个整数序号，得到的是 ${String(value)}`, `An integer ordinal is needed; got ${String(value)}`);
  return base === 1 ? n : n + 1;
}
