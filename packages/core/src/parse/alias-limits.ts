import { isAlias, visit, type Alias, type Document, type Node } from 'yaml';
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

/**
 * How much text the aliases would copy once expanded, each counted once per alias. An alias copies what its
 * anchor expands to, not the anchor's source text: `&b {text: *a}` is short to write but copies all of `*a`,
 * so 48 `*b` once copied 48 megabytes past a limit that counted only `&b`'s own text. Each anchor's expanded
 * size is computed once (its text, plus for each alias inside it the expansion of that alias's target minus
 * the alias's own text); an anchor that contains an alias to itself expands without end.
 */
export function aliasedChars(doc: Document.Parsed): number {
  const targets = aliasTargets(doc);
  const sizes = new Map<Node, number>();
  const expanded = (node: Node): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, Infinity); // while in progress: a path back to this node is a loop
    let size = node.range ? node.range[1] - node.range[0] : 0;
    visit(node, {
      Alias(_key, alias) {
        const target = targets.get(alias);
        if (!target) return;
        size += expanded(target) - (alias.range ? alias.range[1] - alias.range[0] : 0);
      },
    });
    sizes.set(node, size);
    return size;
  };
  let total = 0;
  visit(doc, {
    Alias(_key, alias) {
      const target = targets.get(alias);
      if (target) total += expanded(target);
      // Past the limit already: the exact total does not matter.
      return total > MAX_ALIASED_CHARS ? visit.BREAK : undefined;
    },
  });
  return total;
}

/**
 * Each alias's anchor, as yaml resolves it (the nearest anchor of that name before the alias, in document
 * order), found in one walk: yaml's own `resolve` walks the whole document for every alias.
 */
function aliasTargets(doc: Document.Parsed): Map<Alias, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  return targets;
}
