import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { schemaAt } from '@fazhi/schema';
import { keyOf, type LineIndex, type Locale } from '@fazhi/core';
import { pick, reportAnalysis } from '../context.js';
import { fieldTitle } from '../field-docs.js';
import type { Feature } from './feature.js';

/** The outline: the report's fields and parts by their Chinese titles, a part's sections, items and points by theirs. */
export const symbols: Feature = {
  capabilities: { documentSymbolProvider: true },
  register(context) {
    context.connection.onDocumentSymbol((params) => {
      const parsed = reportAnalysis(context, params.textDocument.uri)?.parsed;
      if (!parsed || !isMap(parsed.doc.contents)) return null;
      const locale = context.locale();
      return parsed.doc.contents.items.flatMap((pair) => {
        const key = keyOf(pair);
        if (key === undefined) return [];
        const symbol = pairSymbol(pair, fieldTitle(schemaAt([key]), locale) ?? key, key, parsed.lines, SymbolKind.Module);
        if (symbol) symbol.children = childrenOf(pair.value as Node, parsed.lines, locale);
        return symbol ? [symbol] : [];
      });
    });
  },
};

const LISTS: Record<string, SymbolKind> = { sections: SymbolKind.Namespace, items: SymbolKind.Class, points: SymbolKind.Field };

/** Sections, items and points inside a part (or a section, or an item), each named by its title. */
function childrenOf(node: Node | null, lines: LineIndex, locale: Locale): DocumentSymbol[] {
  if (!isMap(node)) return [];
  const out: DocumentSymbol[] = [];
  for (const pair of node.items) {
    const key = keyOf(pair);
    const kind = key === undefined ? undefined : LISTS[key];
    if (kind === undefined || !isSeq(pair.value)) continue;
    pair.value.items.forEach((item, i) => {
      const title = isMap(item) ? item.get('title') : isScalar(item) ? item.value : undefined;
      const name = typeof title === 'string' && title.trim() ? title : pick(locale, `第${i + 1}项`, `#${i + 1}`);
      const symbol = nodeSymbol(item as Node, name, key as string, lines, kind);
      if (!symbol) return;
      symbol.children = childrenOf(item as Node, lines, locale);
      out.push(symbol);
    });
  }
  return out;
}

function pairSymbol(pair: Pair, name: string, detail: string, lines: LineIndex, kind: SymbolKind): DocumentSymbol | undefined {
  const key = (pair.key as Node | null)?.range;
  if (!key) return undefined;
  const end = (pair.value as Node | null)?.range?.[1] ?? key[1];
  const selection = { start: lines.positionAt(key[0]), end: lines.positionAt(key[1]) };
  return { name, detail, kind, range: { start: selection.start, end: lines.positionAt(end) }, selectionRange: selection };
}

function nodeSymbol(node: Node, name: string, detail: string, lines: LineIndex, kind: SymbolKind): DocumentSymbol | undefined {
  const r = node.range;
  if (!r) return undefined;
  const range = { start: lines.positionAt(r[0]), end: lines.positionAt(r[1]) };
  return { name: name.length > 40 ? `${name.slice(0, 40)}…` : name, detail, kind, range, selectionRange: { start: range.start, end: range.start } };
}
