import { blockPath, siblingKeys, type LineSource, type Segment } from '../cursor/block-path.js';
import { lineShape } from '../cursor/line-shape.js';

/**
 * What is being typed at the cursor of a template.yaml, read from the text (which need not parse): a key of the
 * mapping at `path`, a value at `path`, or the name inside an unclosed `${` of a label. Manifests are written
 * mostly in flow style (`order: [measures, plans]`, `item: { style: 1., layout: run-in }`), so flow collections
 * on the cursor's line are followed as far as the cursor.
 */
export type ManifestCursor =
  | { mode: 'key'; path: Segment[]; present: Set<string>; from: number; to: number }
  | { mode: 'value'; path: Segment[]; from: number; to: number }
  | { mode: 'variable'; path: Segment[]; from: number; to: number };

/** A flow collection open at the cursor: its data path, and for a mapping the key whose value is being typed. */
interface Open {
  kind: '[' | '{';
  path: Segment[];
  index: number;
  key?: string;
  present: Set<string>;
}

export function manifestCursor(lines: LineSource, line: number, character: number): ManifestCursor | undefined {
  const text = lines.lineText(line);
  const prefix = text.slice(0, character);
  if (/(^|\s)#/.test(prefix)) return undefined; // in a comment

  const keyOnly = /^(\s*(?:-\s+)*)([^\s:#[\]{},]*)$/.exec(prefix);
  if (keyOnly) {
    const column = (keyOnly[1] as string).length;
    const to = character + (/^[^\s:#,\]}]*/.exec(text.slice(character))?.[0].length ?? 0);
    const path = blockPath(lines, line, column);
    // `- rec|` under `requires:` is a sequence item, a value; the caller tells by the schema at the path.
    return { mode: 'key', path, present: siblingKeys(lines, line, column), from: column, to };
  }

  const shape = lineShape(prefix);
  if (shape?.key === undefined || shape.afterColon === undefined || character < shape.afterColon) return undefined;
  const base = [...blockPath(lines, line, shape.content), shape.key];
  const variable = prefix.lastIndexOf('${');
  if (variable >= shape.afterColon && !prefix.slice(variable).includes('}')) {
    const to = character + (/^[\w.]*/.exec(text.slice(character))?.[0].length ?? 0);
    return { mode: 'variable', path: base, from: variable + 2, to };
  }
  return inFlow(text, prefix, base, shape.afterColon, character);
}

/** Follows `[`, `{`, `,` and `key:` from just after the line's own key to the cursor. */
function inFlow(text: string, prefix: string, base: Segment[], start: number, character: number): ManifestCursor {
  const stack: Open[] = [];
  let segment = start;
  let quote: string | undefined;
  const pathHere = (): Segment[] => {
    const top = stack[stack.length - 1];
    if (!top) return base;
    return top.kind === '[' ? [...top.path, top.index] : top.key !== undefined ? [...top.path, top.key] : top.path;
  };
  for (let i = start; i < prefix.length; i++) {
    const c = prefix[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      stack.push({ kind: c, path: pathHere(), index: 0, present: new Set() });
      segment = i + 1;
    } else if (c === ']' || c === '}') {
      stack.pop();
      segment = i + 1;
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === '[') top.index++;
      if (top) top.key = undefined;
      segment = i + 1;
    } else if (c === ':' && (prefix[i + 1] === ' ' || i + 1 === prefix.length)) {
      const top = stack[stack.length - 1];
      if (top?.kind === '{' && top.key === undefined) {
        top.key = prefix.slice(segment, i).trim();
        top.present.add(top.key);
        segment = i + 1;
      }
    }
  }
  const top = stack[stack.length - 1];
  let from = segment;
  while (from < character && (text[from] === ' ' || text[from] === '\t')) from++;
  const end = top ? /^[^,\]}#]*/ : /^[^#]*/;
  let to = character + (end.exec(text.slice(character))?.[0].length ?? 0);
  while (to > character && /\s/.test(text[to - 1] as string)) to--;
  if (top?.kind === '{' && top.key === undefined) return { mode: 'key', path: top.path, present: top.present, from, to };
  return { mode: 'value', path: pathHere(), from, to };
}
