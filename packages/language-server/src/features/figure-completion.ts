import { CompletionItemKind, type CompletionItem, type CompletionList, type Range } from 'vscode-languageserver';
import { formatFigure, listFigures } from '@fazhi/core';
import { matchesQuery } from '../pinyin.js';

/**
 * The figures `${…}` can name, each shown by its Chinese label first (its value beside it, its name after) and found
 * by name, by any part of its label or by its label's pinyin initials: `${决策` and `${zdjc` both find
 * major_decisions (重大决策). The server filters, since an editor's own filter only matches from the start of a
 * word and Chinese has no word starts; the list is incomplete so each keystroke asks again.
 */
export function figureCompletions(stats: unknown, typed: string, replace: Range, close: string): CompletionList {
  const items = listFigures(stats)
    .filter((f) => matchesQuery(typed, f.name, f.label))
    .map((f, i): CompletionItem => {
      const value = `${formatFigure(f)}${f.unit ?? ''}`;
      return {
        label: f.label ?? f.name,
        labelDetails: { detail: ` ${value}`, description: f.label ? f.name : undefined },
        kind: CompletionItemKind.Variable,
        detail: f.label ? `${f.name} = ${value}` : value,
        sortText: String(i).padStart(5, '0'),
        // What was typed, so that the editor keeps every figure the server found.
        filterText: typed || f.name,
        textEdit: { range: replace, newText: `${f.name}${close}` },
      };
    });
  return { isIncomplete: true, items };
}
