import { MarkupKind, type Hover, type Location, type Position } from 'vscode-languageserver';
import { pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { HELPER_NAMES, keysOf, type Locale, type ViewShape } from '@fazhi/core';
import { pick } from '../context.js';
import { fieldMarkdown } from '../field-docs.js';
import { locContains, parseTemplate, toPosition, visitPaths, type PathVisit } from './hbs-ast.js';
import { builtinMarkdown, HELPERS_BY_NAME, helperMarkdown } from './helper-docs.js';
import type { PackState } from './pack-state.js';
import { leadingComment } from './partials.js';
import { resolvePath, scopesAt } from './scope-at.js';
import { shapeKind, viewDoc } from './view-docs.js';

/** The innermost path expression under the cursor, with its role and the blocks around it. */
function pathAt(document: TextDocument, position: Position): PathVisit | undefined {
  const program = parseTemplate(document.getText());
  if (!program) return undefined;
  let found: PathVisit | undefined;
  visitPaths(program, HELPER_NAMES, (v) => {
    if (locContains(v.path.loc, position.line, position.character)) found = v;
  });
  return found;
}

/** `{{> item}}` opens partials/item.hbs of the pack, or of the parent pack that supplies it. */
export function hbsDefinition(state: PackState, document: TextDocument, position: Position): Location | null {
  const at = pathAt(document, position);
  if (!at || at.role !== 'partial') return null;
  const file = `partials/${at.path.original}.hbs`;
  const owner = state.files().get(file)?.id;
  const path = owner && state.pathOf(owner, file);
  return path ? { uri: pathToFileURL(path).href, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } : null;
}

/** A helper's signature and documentation, a partial's description, or what a data path is at this place. */
export function hbsHover(state: PackState, file: string, document: TextDocument, position: Position, locale: Locale): Hover | null {
  const at = pathAt(document, position);
  if (!at) return null;
  const range = at.path.loc ? { start: toPosition(at.path.loc.start), end: toPosition(at.path.loc.end) } : undefined;
  const markdown = (value: string): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, ...(range ? { range } : {}) });
  const name = at.path.original;
  if (at.role === 'helper' || at.role === 'block') {
    const helper = HELPERS_BY_NAME.get(name);
    const contents = helper ? helperMarkdown(helper, locale) : builtinMarkdown(name, locale);
    return contents ? { contents, ...(range ? { range } : {}) } : null;
  }
  if (at.role === 'partial') {
    const supplied = state.files().get(`partials/${name}.hbs`);
    if (!supplied) return null;
    const from = supplied.id === state.pack.packId ? '' : pick(locale, `（来自 ${supplied.id}）`, ` (from ${supplied.id})`);
    return markdown([`**partials/${name}.hbs**${from}`, leadingComment(supplied.text) ?? ''].filter(Boolean).join('\n\n'));
  }
  const shapes = scopesAt(state, file, at.frames).map((s) => resolvePath(at.path, s.scope));
  const shape = shapes.find((s): s is ViewShape => s !== undefined);
  if (!shape) return markdown(pick(locale, `\`${name}\` 在这里不存在（见问题面板）。`, `\`${name}\` names nothing here (see the Problems panel).`));
  const last = at.path.parts[at.path.parts.length - 1] ?? name;
  const doc = shape.kind === 'schema' ? fieldMarkdown(shape.node, last, locale) : [`**${name}** ${shapeKind(shape, locale)}`, viewDoc(last, locale) ?? ''].filter(Boolean).join('\n\n');
  const keys = shape.kind === 'object' || shape.kind === 'list' ? keysOf(shape) : [];
  const listed = keys.length ? `\n\n${pick(locale, '可用', 'Has')}：${keys.map((k) => `\`${k}\``).join(shape.kind === 'list' ? ' ' : '、')}` : '';
  const element = shape.kind === 'list' && shape.of.kind === 'object' ? `\n\n${pick(locale, '每项', 'Each entry')}：${keysOf(shape.of).map((k) => `\`${k}\``).join('、')}` : '';
  return markdown(`${doc}${listed}${element}`);
}
