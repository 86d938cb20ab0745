import type { SchemaNode } from './annotate.js';
import { reportSchema } from './report-schema.js';

export type DataPath = ReadonlyArray<string | number>;

/**
 * Follows a local `#/definitions/x` reference. `root` is the schema the reference lives in (the report
 * schema unless another schema, such as a template manifest's, is being walked).
 */
export function deref(node: SchemaNode, root: SchemaNode = reportSchema): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const definitions = (root.definitions ?? {}) as Record<string, SchemaNode>;
  return definitions[ref.replace('#/definitions/', '')] ?? {};
}

/** The alternatives of a node: its anyOf branches, or the node itself. */
export function branchesOf(node: SchemaNode, root: SchemaNode = reportSchema): SchemaNode[] {
  const resolved = deref(node, root);
  const anyOf = resolved.anyOf as SchemaNode[] | undefined;
  return anyOf ? anyOf.map((b) => deref(b, root)) : [resolved];
}

/** The object branch of a node, where a key could be completed. */
export function objectBranch(node: SchemaNode, root: SchemaNode = reportSchema): SchemaNode | undefined {
  return branchesOf(node, root).find((b) => b.type === 'object');
}

/** The schema that describes the child `key` (a property name or an array index) of `node`. */
export function childSchema(
  node: SchemaNode,
  key: string | number,
  root: SchemaNode = reportSchema,
): SchemaNode | undefined {
  for (const branch of branchesOf(node, root)) {
    if (typeof key === 'number') {
      if (branch.type === 'array' && branch.items) return deref(branch.items as SchemaNode, root);
      continue;
    }
    if (branch.type !== 'object') continue;
    const props = branch.properties as Record<string, SchemaNode> | undefined;
    const prop = props?.[key];
    if (prop) return prop;
    const extra = branch.additionalProperties;
    if (extra && typeof extra === 'object') return deref(extra as SchemaNode, root);
  }
  return undefined;
}

/** The schema node at a data path, e.g. ['measures', 'items', 0, 'points']. */
export function schemaAt(path: DataPath, root: SchemaNode = reportSchema): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const key of path) {
    if (!node) return undefined;
    node = childSchema(node, key, root);
  }
  return node;
}

/** The documented properties a writer may add to the object at `path`, in schema order. */
export function propertiesAt(path: DataPath): Array<[string, SchemaNode]> {
  const node = schemaAt(path);
  const obj = node && objectBranch(node);
  const props = obj?.properties as Record<string, SchemaNode> | undefined;
  return props ? Object.entries(props) : [];
}

/** Required property names of the object at `path`. */
export function requiredAt(path: DataPath): string[] {
  const node = schemaAt(path);
  const obj = node && objectBranch(node);
  return (obj?.required as string[] | undefined) ?? [];
}
