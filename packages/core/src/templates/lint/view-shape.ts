import { branchesOf, childSchema, reportSchema, type SchemaNode } from '@fazhi/schema';

/**
 * The shape of what a template sees (render/view-model.ts), so lint can tell a maintainer that
 * `{{titel}}` names nothing before a writer ever renders with the pack. `report` is the data file,
 * described by the report schema itself.
 */
export type Shape =
  | { kind: 'object'; fields: Record<string, Shape> }
  | { kind: 'list'; of: Shape }
  | { kind: 'scalar' }
  | { kind: 'schema'; node: SchemaNode };

const scalar: Shape = { kind: 'scalar' };
const object = (fields: Record<string, Shape>): Shape => ({ kind: 'object', fields });
const list = (of: Shape): Shape => ({ kind: 'list', of });

// Kept in step with render/view-units.ts and view-model.ts by test/render/view-shape.test.ts.
const POINT = object({ src: scalar, n: scalar, number: scalar, title: scalar, text: scalar, level: scalar, own_line: scalar, end: scalar });
const ITEM = object({ src: scalar, n: scalar, number: scalar, title: scalar, level: scalar, run_in: scalar, text: scalar, points: list(POINT), points_inline: scalar });
const UNIT = object({
  key: scalar,
  src: scalar,
  n: scalar,
  number: scalar,
  heading: scalar,
  level: scalar,
  run_in: scalar,
  thematic: scalar,
  intro: scalar,
  join_intro: scalar,
  items: list(ITEM),
  points: list(POINT),
  points_inline: scalar,
});

const TABLE = object({ src: scalar, title: scalar, header: list(scalar), rows: list(list(scalar)) });
const ATTACHMENT = object({ src: scalar, n: scalar, label: scalar, list_number: scalar, title: scalar, text: scalar, tables: list(TABLE) });

export const VIEW_SHAPE: Shape = object({
  report: { kind: 'schema', node: reportSchema },
  year: scalar,
  next_year: scalar,
  title: scalar,
  show: object({ title: scalar, salutation: scalar, closing: scalar, signature: scalar, document_number: scalar, attachments: scalar, copy_to: scalar, printed_by: scalar }),
  layout: object({ run_in: scalar, points_inline: scalar, intro_joins_points: scalar }),
  recipient: scalar,
  preamble: scalar,
  closing: scalar,
  signature: object({ organization: scalar, date: scalar }),
  units: list(UNIT),
  document_number: scalar,
  attachments: list(ATTACHMENT),
  copy_to: scalar,
  printed_by: object({ organization: scalar, date: scalar }),
});

/** The shape of `key` inside `shape`, or undefined when there is no such thing. */
export function childShape(shape: Shape, key: string): Shape | undefined {
  switch (shape.kind) {
    case 'object':
      return Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
    case 'list':
      return key === 'length' || /^\d+$/.test(key) ? (key === 'length' ? scalar : shape.of) : undefined;
    case 'scalar':
      return undefined;
    case 'schema': {
      const isArray = branchesOf(shape.node).some((b) => b.type === 'array');
      if (isArray && key === 'length') return scalar;
      const child = childSchema(shape.node, /^\d+$/.test(key) ? Number(key) : key);
      return child ? { kind: 'schema', node: child } : undefined;
    }
  }
}

/** What `#each` over `shape` iterates over. */
export function elementShape(shape: Shape): Shape | undefined {
  if (shape.kind === 'list') return shape.of;
  if (shape.kind === 'schema') {
    const child = childSchema(shape.node, 0);
    if (child) return { kind: 'schema', node: child };
    return { kind: 'scalar' }; // an object iterated by key: values are anything in it
  }
  return undefined;
}

/** Names one could have meant, for “did you mean”. */
export function keysOf(shape: Shape): string[] {
  if (shape.kind === 'object') return Object.keys(shape.fields);
  if (shape.kind === 'list') return ['length'];
  if (shape.kind === 'schema') {
    return branchesOf(shape.node).flatMap((b) => Object.keys((b.properties as Record<string, unknown> | undefined) ?? {}));
  }
  return [];
}
