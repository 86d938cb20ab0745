import { CompletionItemKind, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { childShape, keysOf, TEMPLATE_HELPERS, type Locale, type ViewShape } from '@fazhi/core';
import { pick } from '../context.js';
import { fieldMarkdown, fieldTitle } from '../field-docs.js';
import { framesAt, parseTemplate } from './hbs-ast.js';
import { mustacheAt } from './hbs-cursor.js';
import { BUILTIN_BLOCKS, builtinMarkdown, helperMarkdown, helperSignature } from './helper-docs.js';
import type { PackState } from './pack-state.js';
import { partialNames } from './partials.js';
import { resolvePath, scopesAt, type CursorScope } from './scope-at.js';
import { shapeKind, viewDoc } from './view-docs.js';

/**
 * Completion inside `{{…}}` of a pack template: the view-model paths valid at the cursor (through `#each`, `#with`,
 * `../`, `@root`, and the contexts a partial is called in), helpers with their arguments, partial names after `>`,
 * the block to close after `/`. Works on half-typed text.
 */
export function hbsCompletions(state: PackState, file: string, document: TextDocument, position: Position, locale: Locale): CompletionItem[] | null {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const cursor = mustacheAt(text, offset);
  if (!cursor) return null;
  const frames = framesAt(text, cursor.open) ?? [];
  const separator = Math.max(cursor.word.lastIndexOf('.'), cursor.word.lastIndexOf('/'));
  const range = { start: document.positionAt(cursor.wordStart + separator + 1), end: position };
  const item = (label: string, kind: CompletionItemKind, extra: Partial<CompletionItem> = {}): CompletionItem => ({ label, kind, textEdit: { range, newText: label }, ...extra });

  if (cursor.sigil === 'partial') {
    if (!cursor.head) return dataItems();
    return partialNames(state).map(({ name, id, doc }) =>
      item(name, CompletionItemKind.File, { detail: `partials/${name}.hbs${id === state.pack.packId ? '' : pick(locale, `（来自 ${id}）`, ` (from ${id})`)}`, ...(doc ? { documentation: doc } : {}) }),
    );
  }
  if (cursor.sigil === 'close') {
    const innermost = frames[frames.length - 1]?.block.path;
    return innermost?.type === 'PathExpression' ? [item((innermost as hbs.AST.PathExpression).original, CompletionItemKind.Keyword)] : [];
  }
  if (cursor.head && (cursor.sigil === 'block' || cursor.sigil === 'else')) {
    return BUILTIN_BLOCKS.map((b) => item(b.name, CompletionItemKind.Keyword, { detail: b.signature, documentation: builtinMarkdown(b.name, locale), sortText: `0${b.name}` }));
  }
  const data = dataItems();
  if (!cursor.head || separator >= 0 || cursor.word.startsWith('@')) return data;
  const helpers = TEMPLATE_HELPERS.map((h) =>
    item(h.name, CompletionItemKind.Function, { detail: helperSignature(h), documentation: helperMarkdown(h, locale), sortText: `2${h.name}` }),
  );
  return [...data, ...helpers];

  function dataItems(): CompletionItem[] {
    const scopes = scopesAt(state, file, frames);
    const items = new Map<string, CompletionItem>();
    const add = (label: string, kind: CompletionItemKind, extra: Partial<CompletionItem>) => {
      if (!items.has(label)) items.set(label, item(label, kind, extra));
    };
    const base = separator < 0 ? undefined : cursor!.word.slice(0, separator);
    for (const cursorScope of scopes) {
      const shape = base === undefined ? cursorScope.scope.stack[0] : baseShape(base, cursorScope);
      for (const [key, child] of children(shape)) {
        add(key, child?.kind === 'scalar' || child?.kind === 'schema' ? CompletionItemKind.Field : CompletionItemKind.Struct, describe(key, child, locale));
      }
      if (base !== undefined) continue;
      add('this', CompletionItemKind.Variable, { detail: pick(locale, '当前上下文', 'the current context'), sortText: '1this' });
      add('@root', CompletionItemKind.Variable, { detail: pick(locale, '最外层：整个视图模型', 'the outermost context: the whole view model'), sortText: '1@root' });
      if (cursorScope.scope.stack.length > 1) add('../', CompletionItemKind.Variable, { detail: pick(locale, '外一层上下文', 'the context one level out'), sortText: '1../' });
      if (cursorScope.inEach) {
        add('@index', CompletionItemKind.Variable, { detail: pick(locale, '当前项的序号，从 0 起', 'the position of the entry, from 0'), sortText: '1@index' });
        add('@first', CompletionItemKind.Variable, { detail: pick(locale, '是否第一项', 'whether it is the first entry'), sortText: '1@first' });
        add('@last', CompletionItemKind.Variable, { detail: pick(locale, '是否最后一项', 'whether it is the last entry'), sortText: '1@last' });
      }
    }
    return [...items.values()];
  }
}

/** The shape a path prefix (`../foo`, `@root.units`, `this`) names in a context, read by Handlebars' parser. */
function baseShape(base: string, cursorScope: CursorScope): ViewShape | undefined {
  const program = parseTemplate(`{{${base}}}`);
  const statement = program?.body[0];
  if (statement?.type !== 'MustacheStatement') return undefined;
  const path = (statement as hbs.AST.MustacheStatement).path;
  return path.type === 'PathExpression' ? resolvePath(path as hbs.AST.PathExpression, cursorScope.scope) : undefined;
}

function children(shape: ViewShape | undefined): Array<[string, ViewShape | undefined]> {
  if (!shape) return [];
  return keysOf(shape).map((key) => [key, childShape(shape, key)]);
}

function describe(key: string, shape: ViewShape | undefined, locale: Locale): Partial<CompletionItem> {
  if (shape?.kind === 'schema') {
    return { detail: [fieldTitle(shape.node, locale), shapeKind(shape, locale)].filter(Boolean).join(' · '), documentation: { kind: MarkupKind.Markdown, value: fieldMarkdown(shape.node, key, locale) }, sortText: `0${key}` };
  }
  const doc = viewDoc(key, locale);
  return { detail: shapeKind(shape, locale), ...(doc ? { documentation: doc } : {}), sortText: `0${key}` };
}
