import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range as LspRange,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { branchesOf, propertiesAt, requiredAt, schemaAt } from '@fazhi/schema';
import { REQUIRED_PARTS, type Locale } from '@fazhi/core';
import { pick, type ServerContext } from '../context.js';
import { blockPath, siblingKeys, type Segment } from '../cursor/block-path.js';
import { lineShape } from '../cursor/line-shape.js';
import { enumValues, fieldMarkdown, fieldTitle } from '../field-docs.js';
import { pinyinInitials } from '../pinyin.js';
import { keySnippet, Stops } from '../snippets.js';
import type { Feature } from './feature.js';
import { figureCompletions } from './figure-completion.js';

/**
 * Keys valid at the cursor (required first, present ones hidden), values of enums, template ids, years and
 * dates, and `${…}` figure names inside prose. Reads the lines around the cursor, so half-typed text works.
 */
export const completion: Feature = {
  capabilities: { completionProvider: { triggerCharacters: ['{', '.', ':', ' '] } },
  register(context) {
    context.connection.onCompletion((params) => {
      const document = context.documents.get(params.textDocument.uri);
      return document ? completionsAt(context, document, params.position) : null;
    });
  },
};

/** The completion items at a position of a document (also run by the warm-up, so the first request is quick). */
export function completionsAt(context: ServerContext, document: TextDocument, position: Position): CompletionItem[] | CompletionList | null {
  const analysis = context.analyses.get(document);
  if (!analysis.parsed) return null;
  const { line, character } = position;
  const lines = analysis.parsed.lines;
  const lineText = lines.lineText(line);
  const prefix = lineText.slice(0, character);
  const range = (from: number, to = character): LspRange => ({ start: { line, character: from }, end: { line, character: to } });
  const locale = context.locale();

  const figureAt = figureStart(prefix);
  if (figureAt !== undefined) {
    const data = analysis.parsed.data as { stats?: unknown } | undefined;
    const close = lineText[character] === '}' ? '' : '}';
    return figureCompletions(data?.stats, prefix.slice(figureAt), range(figureAt), close);
  }

  const keyMatch = /^(\s*(?:-\s+)*)([^\s:#]*)$/.exec(prefix);
  if (keyMatch) {
    const column = (keyMatch[1] as string).length;
    const path = blockPath(lines, line, column);
    return keyItems(path, siblingKeys(lines, line, column), range(column, lineEndOfWord(lineText, character)), locale);
  }
  const shape = lineShape(prefix);
  if (shape?.key !== undefined && shape.afterColon !== undefined && character >= shape.afterColon) {
    const path = [...blockPath(lines, line, shape.content), shape.key];
    const start = shape.afterColon + (/^\s*/.exec(prefix.slice(shape.afterColon))?.[0].length ?? 0);
    return valueItems(context, document.uri, path, range(start, lineText.replace(/\s+(#.*)?$/, '').length), locale);
  }
  return null;
}

/** Where a figure name starts when the cursor is inside an unclosed `${`. */
function figureStart(prefix: string): number | undefined {
  const open = prefix.lastIndexOf('${');
  if (open < 0 || prefix.indexOf('}', open) >= 0) return undefined;
  return /^[\w.\u4e00-\u9fff]*$/.test(prefix.slice(open + 2)) ? open + 2 : undefined;
}

const lineEndOfWord = (line: string, from: number) => from + (/^[^\s:#]*/.exec(line.slice(from))?.[0].length ?? 0);

function keyItems(path: Segment[], present: Set<string>, replace: LspRange, locale: Locale): CompletionItem[] {
  const props = propertiesAt(path);
  const required = new Set([...requiredAt(path), ...(path.length === 0 ? Object.keys(REQUIRED_PARTS) : [])]);
  const items: CompletionItem[] = [];
  props.forEach(([key, node], i) => {
    if (present.has(key)) return;
    items.push({
      label: key,
      kind: CompletionItemKind.Property,
      detail: fieldTitle(node, locale),
      labelDetails: { description: fieldTitle(node, locale) },
      documentation: { kind: MarkupKind.Markdown, value: fieldMarkdown(node, key, locale) },
      sortText: `${required.has(key) ? 0 : 1}${String(i).padStart(3, '0')}`,
      filterText: key,
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: { range: replace, newText: keySnippet(key, node) },
    });
  });
  const missing = props.filter(([key]) => required.has(key) && !present.has(key));
  if (missing.length > 1) {
    const stops = new Stops();
    items.push({
      label: pick(locale, '补全缺少的必填部分', 'Insert the missing required parts'),
      kind: CompletionItemKind.Snippet,
      detail: missing.map(([k]) => k).join(', '),
      sortText: '0000',
      filterText: missing.map(([k]) => k).join(' '),
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
      textEdit: { range: replace, newText: missing.map(([k, node]) => keySnippet(k, node, stops)).join('\n') },
    });
  }
  return items;
}

function valueItems(context: ServerContext, uri: string, path: Segment[], replace: LspRange, locale: Locale): CompletionItem[] {
  const node = schemaAt(path);
  if (!node) return [];
  const last = path[path.length - 1];
  const value = (label: string, detail?: string, documentation?: string, sort = label): CompletionItem => ({
    label,
    kind: CompletionItemKind.Value,
    detail,
    documentation: documentation ? { kind: MarkupKind.Markdown, value: documentation } : undefined,
    sortText: sort,
    textEdit: { range: replace, newText: label },
  });
  if (last === 'template' && path.length === 1) return templateItems(context, uri, replace, locale);
  const branches = branchesOf(node);
  const choices = enumValues(node, branches);
  if (choices.length) return choices.map((c, i) => value(c.value, c.label, c.label, String(i).padStart(3, '0')));
  const today = new Date();
  if (branches.some((b) => b.type === 'integer') && last === 'year') {
    const y = today.getFullYear();
    return [y - 1, y, y - 2].map((year, i) => value(String(year), pick(locale, `${year}年度`, `year ${year}`), undefined, String(i)));
  }
  if (branches.some((b) => typeof b.pattern === 'string' && b.pattern.includes('\\d{4}-\\d{2}-\\d{2}'))) {
    const iso = today.toISOString().slice(0, 10);
    return [value(iso, pick(locale, '今天', 'today'))];
  }
  if (branches.some((b) => b.type === 'boolean')) return [value('true'), value('false')];
  return [];
}


/**
 * The packs by their Chinese names (the id, which is what gets written, beside them), national first; found by
 * id, name or the name's pinyin initials (海安 or hagx).
 */
function templateItems(context: ServerContext, uri: string, replace: LspRange, locale: Locale): CompletionItem[] {
  // A pack in templates/ beside the file (one `fazhi import` inferred) is offered too.
  const catalog = context.workspace.catalogFor(uri);
  const ids = catalog.ids().sort((a, b) => Number(b === 'national') - Number(a === 'national'));
  return ids.map((id, i): CompletionItem => {
    const manifest = catalog.resolve(id).manifest;
    const name = manifest ? pick(locale, manifest.name, manifest.name_en || manifest.name) : id;
    const description = manifest ? pick(locale, manifest.description, manifest.description_en || manifest.description) : undefined;
    return {
      label: name,
      labelDetails: { description: id },
      kind: CompletionItemKind.Value,
      detail: id,
      documentation: description ? { kind: MarkupKind.Markdown, value: description } : undefined,
      sortText: String(i).padStart(3, '0'),
      filterText: `${id} ${manifest?.name ?? ''} ${pinyinInitials(manifest?.name ?? '')}`,
      textEdit: { range: replace, newText: id },
    };
  });
}
