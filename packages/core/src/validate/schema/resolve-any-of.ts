import type { ErrorObject } from 'ajv';
import type { SchemaNode } from '@fazhi/schema';

/**
 * ajv reports every failing branch of an `anyOf`, which for a writer is noise: a point that is an
 * object with a misspelt key is not also "not a string". For each failed anyOf, keep only the errors of
 * the branch the data was evidently meant for (its type matches, and it fails least); when the data's
 * type matches no branch, replace them all with one `type` error listing what would fit.
 */
export function resolveAnyOf(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const added: ErrorObject[] = [];
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf').sort((a, b) => depth(b) - depth(a));
  for (const anyOf of anyOfs) {
    if (dropped.has(anyOf)) continue;
    dropped.add(anyOf);
    const branches = (anyOf.schema as SchemaNode[]) ?? [];
    const within = errors.filter((e) => !dropped.has(e) && e !== anyOf && isWithin(e.instancePath, anyOf.instancePath));
    const prefixes = branches.map((b, i) => (typeof b.$ref === 'string' ? b.$ref : `${anyOf.schemaPath}/${i}`));
    const byBranch = prefixes.map((p) => within.filter((e) => e.schemaPath === p || e.schemaPath.startsWith(`${p}/`)));
    const matching = branches.map((_, i) => i).filter((i) => typeMatches(branches[i] as SchemaNode, anyOf.data));
    if (matching.length === 0) {
      for (const errs of byBranch) for (const e of errs) dropped.add(e);
      added.push({ ...anyOf, keyword: 'type', params: { type: branches.map(typeOfBranch).join(',') } });
      continue;
    }
    const chosen = matching.reduce((best, i) => ((byBranch[i]?.length ?? 0) < (byBranch[best]?.length ?? 0) ? i : best));
    byBranch.forEach((errs, i) => {
      if (i !== chosen) for (const e of errs) dropped.add(e);
    });
  }
  return [...errors.filter((e) => !dropped.has(e)), ...added];
}

const depth = (e: ErrorObject) => e.instancePath.split('/').length;

const isWithin = (path: string, parent: string) =>
  path === parent || (path.startsWith(parent) && path[parent.length] === '/');

/** A `$ref` branch is an object here (pointWithTitle); inline branches say their type. */
function typeOfBranch(branch: SchemaNode): string {
  if (typeof branch.$ref === 'string') return 'object';
  const t = branch.type;
  return Array.isArray(t) ? t.join(',') : String(t ?? 'object');
}

export function jsonType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(branch: SchemaNode, value: unknown): boolean {
  const actual = jsonType(value);
  return typeOfBranch(branch)
    .split(',')
    .some((t) => t === actual || (t === 'number' && actual === 'integer'));
}
