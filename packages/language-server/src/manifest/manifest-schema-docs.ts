import { JURISDICTION_KINDS, branchesOf, reportSchema, schemaAt, type SchemaNode } from '@fazhi/schema';
import { LABEL_VARIABLES, manifestSchema, PART_KEYS, type Locale } from '@fazhi/core';
import type { Segment } from '../cursor/block-path.js';
import { fieldMarkdown } from '../field-docs.js';

/** The manifest schema's node at a path of a template.yaml. */
export const manifestNodeAt = (path: readonly Segment[]): SchemaNode | undefined => schemaAt(path, manifestSchema);

/** The object branch's declared properties at a path of a template.yaml, in schema order. */
export function manifestPropertiesAt(path: readonly Segment[]): Array<[string, SchemaNode]> {
  const node = manifestNodeAt(path);
  const object = node && branchesOf(node, manifestSchema).find((b) => b.type === 'object');
  return Object.entries((object?.properties ?? {}) as Record<string, SchemaNode>);
}

/** Whether a path holds a mapping (where keys are typed) rather than a value. */
export function isMappingAt(path: readonly Segment[]): boolean {
  const node = manifestNodeAt(path);
  return !!node && branchesOf(node, manifestSchema).some((b) => b.type === 'object');
}

/** An option's title and documentation as hover and completion show them (the manifest's docs are Chinese). */
export function optionMarkdown(path: readonly Segment[], locale: Locale): string | undefined {
  const node = manifestNodeAt(path);
  const key = path[path.length - 1];
  if (!node || typeof key !== 'string') return undefined;
  const doc = fieldMarkdown(node, key, locale);
  const values = enumChoices(path);
  return values.length ? `${doc}\n\n${values.map((v) => `- \`${v.value}\`${v.meaning ? `：${v.meaning}` : ''}`).join('\n')}` : doc;
}

/**
 * The values an enumerated option takes, each with what it means: jurisdiction kinds by their Chinese names, and
 * otherwise the meaning the option's description gives as `value：meaning` (layouts) or `value meaning` (faces).
 */
export function enumChoices(path: readonly Segment[]): Array<{ value: string; meaning?: string }> {
  const found = manifestNodeAt(path);
  // A list of enumerated values (`suits`) takes its items' values.
  const node = found?.type === 'array' && found.items ? (found.items as SchemaNode) : found;
  if (!node) return [];
  const values = branchesOf(node, manifestSchema).flatMap((b) => (Array.isArray(b.enum) ? (b.enum as unknown[]) : []));
  const description = typeof node.description === 'string' ? node.description : '';
  const strings = [...new Set(values.filter((v): v is string => typeof v === 'string'))];
  return strings.map((value) => ({ value, meaning: (JURISDICTION_KINDS as Record<string, string>)[value] ?? meaningIn(description, value) }));
}

function meaningIn(description: string, value: string): string | undefined {
  for (const piece of description.split(/[；;、。]/)) {
    const trimmed = piece.trim();
    if (trimmed.startsWith(`${value}：`)) return trimmed.slice(value.length + 1).trim() || undefined;
    if (trimmed.startsWith(`${value} `)) return trimmed.slice(value.length + 1).trim() || undefined;
  }
  return undefined;
}

/** A part key's title in the report schema (measures → 主要举措和成效), for order, labels and parts. */
export function partTitle(key: string): string | undefined {
  const title = (reportSchema.properties as Record<string, SchemaNode>)[key]?.title;
  return typeof title === 'string' ? title : undefined;
}

export const STANDARD_PARTS: readonly string[] = PART_KEYS;

export function labelVariable(name: string): (typeof LABEL_VARIABLES)[number] | undefined {
  return LABEL_VARIABLES.find((v) => v.name === name);
}
