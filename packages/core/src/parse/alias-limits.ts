import { visit, type Document } from 'yaml';
import type { Diagnostic, Locale } from '../validate/diagnostic.js';

/** Aliases expand when the data is built; a small cap defuses "billion laughs" files. */
export const MAX_ALIAS_COUNT = 100;

/**
 * The count alone lets a hundred aliases each copy a megabyte list (a wide bomb rather than a deep one), so
 * the text all aliases copy is capped too. Reports do not need aliases at all; a few short ones pass.
 */
export const MAX_ALIASED_CHARS = 1_000_000;

/** Building the data fails only on aliases: one that names no anchor, or too many expansions ("billion laughs"). */
export function aliasProblem(doc: Document.Parsed, err: Error, locale: Locale, length: number): Diagnostic {
  const unresolved = /^Unresolved alias.*: (.*)$/.exec(err.message);
  if (unresolved) {
    const name = unresolved[1] ?? '';
    return {
      code: 'syntax',
      severity: 'error',
      range: firstAlias(doc, name) ?? { start: 0, end: Math.min(length, 1) },
      message:
        locale === 'zh'
          ? `别名 *${name} 指向不存在的锚点：在前面用 &${name} 标出要引用的内容，或直接写出内容。`
          : `The alias *${name} names no anchor: mark the content with &${name} before it, or write the content out.`,
    };
  }
  return {
    code: 'alias-limit',
    severity: 'error',
    range: firstAlias(doc) ?? { start: 0, end: Math.min(length, 1) },
    message:
      locale === 'zh'
        ? `别名（*引用）展开得太多（上限是 ${MAX_ALIAS_COUNT} 次、共 ${MAX_ALIASED_CHARS / 10_000} 万字）：请直接写出内容，不要用别名。`
        : `Aliases expand too much (limits: ${MAX_ALIAS_COUNT} expansions, ${MAX_ALIASED_CHARS} characters copied): write the content out instead. (${err.message})`,
  };
}

/** Where the first alias is written: the expansion may blow up anywhere, but the fix starts at an alias. */
function firstAlias(doc: Document.Parsed, name?: string): { start: number; end: number } | undefined {
  let range: { start: number; end: number } | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (name !== undefined && node.source !== name) return undefined;
      if (node.range) range = { start: node.range[0], end: node.range[1] };
      return visit.BREAK;
    },
  });
  return range;
}

/** How much source text the aliases would copy, each counted once per alias. */
export function aliasedChars(doc: Document.Parsed): number {
  let total = 0;
  visit(doc, {
    Alias(_key, node) {
      const range = node.resolve(doc)?.range;
      if (range) total += range[1] - range[0];
    },
  });
  return total;
}
