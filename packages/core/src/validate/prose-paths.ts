import type { Path } from '../parse/yaml-nodes.js';

/** Values that are identifiers, dates or raw imported text rather than Chinese prose. */
const NOT_PROSE_KEYS = new Set(['template', 'year', 'published', 'date', 'kind', 'previous']);
const NOT_PROSE_ROOTS = new Set(['stats', 'unplaced']);

/** Whether the string at `path` is prose a writer composes (so prose rules apply to it). */
export function isProsePath(path: Path): boolean {
  const root = path[0];
  if (typeof root !== 'string' || NOT_PROSE_ROOTS.has(root)) return false;
  const last = path[path.length - 1];
  return typeof last === 'number' || !NOT_PROSE_KEYS.has(last as string);
}

/** Whether the string at `path` is a heading the template numbers (a part, section, item or point title). */
export function isTitlePath(path: Path): boolean {
  return path.length > 1 && path[path.length - 1] === 'title';
}

/** Whether the string at `path` is a point written as plain text (no title). */
export function isPlainPointPath(path: Path): boolean {
  return path.length > 1 && path[path.length - 2] === 'points' && typeof path[path.length - 1] === 'number';
}
