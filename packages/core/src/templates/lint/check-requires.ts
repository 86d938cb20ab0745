import { reportSchema, type SchemaNode } from '@fazhi/schema';
import { closest } from '../../text/suggest.js';

/**
 * A `requires:` path the report schema does not have (`measures.section`, `stats.litigaton.cases`) is a
 * requirement no data file can meet: every writer would get an error they cannot fix. Returns what is wrong with
 * the path, in Chinese and English, or undefined when the schema has it. Under a map of free keys (`stats`,
 * `extra_parts`) any key is allowed unless it is a near miss of a declared one.
 */
export function checkRequiredPath(path: string): { zh: string; en: string } | undefined {
  let node: SchemaNode | undefined = reportSchema;
  const parts = path.split('.');
  for (const [i, key] of parts.entries()) {
    const objects = objectsOf(node);
    const declared: Record<string, SchemaNode> = Object.assign({}, ...objects.map((o) => o.properties ?? {}));
    const at = parts.slice(0, i).join('.') || '(top level)';
    if (Object.hasOwn(declared, key)) {
      node = declared[key];
      continue;
    }
    const hint = closest(key, Object.keys(declared));
    const free = objects.map((o) => o.additionalProperties).find((a) => a && typeof a === 'object');
    if (free && typeof free === 'object' && !hint) {
      node = deref(free as SchemaNode);
      continue;
    }
    const zhHint = hint ? `是不是“${parts.slice(0, i).concat(hint).join('.')}”？` : `这里可以用：${Object.keys(declared).join('、') || '（无）'}。`;
    const enHint = hint ? `Did you mean "${parts.slice(0, i).concat(hint).join('.')}"?` : `Keys here: ${Object.keys(declared).join(', ') || '(none)'}.`;
    return {
      zh: `requires 里的“${path}”在数据格式里不存在：${at} 下没有“${key}”。${zhHint}`,
      en: `requires lists "${path}", which the data format does not have: no "${key}" under ${at}. ${enHint}`,
    };
  }
  return undefined;
}

function deref(node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  return typeof ref === 'string' ? (((reportSchema.definitions ?? {}) as Record<string, SchemaNode>)[ref.replace('#/definitions/', '')] ?? {}) : node;
}

/** The object forms of a node (a figure is a number, a value with unit, or a group): requires names their keys. */
function objectsOf(node: SchemaNode | undefined): SchemaNode[] {
  if (!node) return [];
  const resolved = deref(node);
  const branches = ((resolved.anyOf as SchemaNode[] | undefined) ?? [resolved]).map(deref);
  return branches.filter((b) => b.type === 'object' || (b.type === undefined && b.additionalProperties !== undefined));
}
