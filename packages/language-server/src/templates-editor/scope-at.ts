import { childShape, elementShape, VIEW_SHAPE, type TemplateScope, type ViewShape } from '@fazhi/core';
import type { Frame } from './hbs-ast.js';
import type { PackState } from './pack-state.js';

/** The context at a place in a template: what `this`, `../` and `@root` are, and whether `@index` means anything. */
export interface CursorScope {
  scope: TemplateScope;
  /** Inside an `#each` (here, or around the partial's call): @index, @first, @last. */
  inEach: boolean;
}

const UNKNOWN: ViewShape = { kind: 'scalar' };
const DATA_VARIABLES = new Set(['index', 'first', 'last', 'key']);

/**
 * Every context the cursor may be in: one per way the file is entered (a partial called from two places has two),
 * each carried through the blocks open at the cursor as rendering would. A file nothing reaches is read as the root.
 */
export function scopesAt(state: PackState, file: string, frames: readonly Frame[]): CursorScope[] {
  const entries = state.scopes().get(file) ?? [{ stack: [VIEW_SHAPE], root: VIEW_SHAPE }];
  return entries.map((entry) => {
    let scope = entry;
    let inEach = entry.stack.length > 1;
    for (const { block, inverse } of frames) {
      const name = block.path.type === 'PathExpression' ? (block.path as hbs.AST.PathExpression).original : '';
      if (inverse || (name !== 'each' && name !== 'with')) continue;
      const arg = block.params[0];
      const shape = arg?.type === 'PathExpression' ? resolvePath(arg as hbs.AST.PathExpression, scope) : undefined;
      const inner = shape && (name === 'each' ? elementShape(shape) : shape);
      scope = { ...scope, stack: [inner ?? UNKNOWN, ...scope.stack] };
      if (name === 'each') inEach = true;
    }
    return { scope, inEach };
  });
}

/** The shape a path names in a context, or undefined when it names nothing (lint says why). */
export function resolvePath(path: Pick<hbs.AST.PathExpression, 'data' | 'depth' | 'parts'>, scope: TemplateScope): ViewShape | undefined {
  if (path.data) {
    const [head, ...rest] = path.parts;
    if (head === 'root') return follow(scope.root, rest);
    return DATA_VARIABLES.has(head ?? '') && rest.length === 0 ? { kind: 'scalar' } : undefined;
  }
  const base = scope.stack[path.depth];
  return base && follow(base, path.parts);
}

function follow(start: ViewShape, parts: readonly string[]): ViewShape | undefined {
  let shape: ViewShape | undefined = start;
  for (const part of parts) shape = shape && childShape(shape, part);
  return shape;
}
