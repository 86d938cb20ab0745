import { branchesOf, reportSchema, type SchemaNode } from '@fazhi/schema';

export interface ReportPath {
  /** Dotted, as `requires:` writes it: `recipient`, `signature.organization`, `measures.sections`. */
  path: string;
  node: SchemaNode;
}

/** How deep `requires:` paths are offered: deeper ones (`stats.litigation.cases`) are typed, and still checked. */
const MAX_DEPTH = 3;

let cached: ReportPath[] | undefined;

/**
 * Every path a `requires:` entry can name: the report schema's declared keys, through nested objects, in schema
 * order. Lists stop the walk (a requirement names a field, not an entry of a list), and so do maps of free keys
 * (`stats`, `extra_parts`), whose keys each report chooses. The schema is fixed, so this is computed once.
 */
export function reportPaths(): readonly ReportPath[] {
  return (cached ??= walk(reportSchema, [], 1));
}

function walk(node: SchemaNode, prefix: string[], depth: number): ReportPath[] {
  const out: ReportPath[] = [];
  for (const branch of branchesOf(node)) {
    if (branch.type !== 'object') continue;
    for (const [key, child] of Object.entries((branch.properties ?? {}) as Record<string, SchemaNode>)) {
      const path = [...prefix, key];
      if (out.some((p) => p.path === path.join('.'))) continue;
      out.push({ path: path.join('.'), node: child });
      if (depth < MAX_DEPTH) out.push(...walk(child, path, depth + 1));
    }
  }
  return out;
}
