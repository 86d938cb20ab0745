import type { HelperDelegate } from 'handlebars';

/** A template helper with the documentation `fazhi templates` and docs/templates.md show maintainers. */
export interface TemplateHelper {
  name: string;
  /** One line: what it prints, with an example call and its output. */
  doc: string;
  fn: HelperDelegate;
}

/** Handlebars passes its options hash as the last argument; helpers see only the real ones. */
export function positional(args: unknown[]): unknown[] {
  return args.slice(0, -1);
}

/** An index from `@index` (0-based) or a count (1-based) as the 1-based ordinal to print. */
export function ordinal(value: unknown, base: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`需要一个整数序号，得到的是 ${String(value)}`);
  return base === 1 ? n : n + 1;
}
