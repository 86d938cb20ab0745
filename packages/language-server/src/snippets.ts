import { branchesOf, objectBranch, type SchemaNode } from '@fazhi/schema';
import { PLACEHOLDER } from '@fazhi/core';
import { enumValues } from './field-docs.js';

const INDENT = '  ';

/** Numbers tab stops across one snippet. */
export class Stops {
  private n = 0;
  next(placeholder?: string): string {
    this.n++;
    return placeholder ? `\${${this.n}:${escape(placeholder)}}` : `\${${this.n}}`;
  }
}

const escape = (s: string) => s.replace(/[$}\\]/g, (c) => `\\${c}`);

/**
 * A snippet writing `key` with a value of the shape its schema asks for: the required parts of an object,
 * an item for a list of objects (a new measure comes with its points), a choice for an enum.
 * Lines after the first are indented relative to the key; the client adds the key's own indentation.
 */
export function keySnippet(key: string, node: SchemaNode, stops = new Stops(), depth = 0): string {
  const value = valueSnippet(node, stops, depth);
  return value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`;
}

function valueSnippet(node: SchemaNode, stops: Stops, depth: number): string {
  const branches = branchesOf(node);
  const choices = enumValues(node, branches);
  if (choices.length) return `\${${nextChoice(stops, choices.map((c) => c.value))}}`;
  const object = objectBranch(node);
  const array = branches.find((b) => b.type === 'array');
  if (object && depth < 3) return indentBlock(objectBody(object, stops, depth + 1));
  if (array && depth < 3) {
    const items = array.items as SchemaNode | undefined;
    const itemObject = items && objectBranch(items);
    if (itemObject) return indentBlock(listItem(objectBody(itemObject, stops, depth + 1)));
    return indentBlock(`- ${stops.next(PLACEHOLDER)}`);
  }
  return stops.next(branches.some((b) => b.type === 'string') ? PLACEHOLDER : undefined);
}

/** The required properties of an object; a part with none gets its items (title and points). */
function objectBody(object: SchemaNode, stops: Stops, depth: number): string {
  const props = (object.properties ?? {}) as Record<string, SchemaNode>;
  let keys = ((object.required as string[] | undefined) ?? []).filter((k) => props[k]);
  if (keys.length === 0) keys = ['items', 'title', 'text'].filter((k) => props[k]).slice(0, 1);
  if (keys.length === 1 && keys[0] === 'title' && props.points) keys = ['title', 'points'];
  if (keys.length === 1 && keys[0] === 'title' && props.text) keys = ['title', 'text'];
  return keys.map((k) => keySnippet(k, props[k] as SchemaNode, stops, depth)).join('\n');
}

const nextChoice = (stops: Stops, values: string[]) => {
  const stop = stops.next();
  return `${stop.slice(2, -1)}|${values.map((v) => v.replace(/[,|\\]/g, (c) => `\\${c}`)).join(',')}|`;
};

const listItem = (body: string) => `- ${body.split('\n').join(`\n${INDENT}`)}`;
const indentBlock = (body: string) => `\n${body.split('\n').map((l) => INDENT + l).join('\n')}`;
