import { describeNode, ENUM_TITLES, type SchemaNode } from '@fazhi/schema';
import type { Locale } from '@fazhi/core';
import { stringify } from 'yaml';

/** What completion and hover show for a field: title, description, legal basis, an example. */
export function fieldMarkdown(node: SchemaNode, key: string, locale: Locale): string {
  const d = describeNode(node);
  const title = locale === 'en' ? (d.titleEn ?? d.title) : d.title;
  const description = locale === 'en' ? (d.descriptionEn ?? d.description) : d.description;
  const parts = [`**${title ?? key}** \`${key}\``];
  if (description) parts.push(description);
  if (d.basis) parts.push(`${locale === 'en' ? 'Legal basis' : '依据'}：${d.basis}`);
  if (d.example !== undefined) parts.push(`${locale === 'en' ? 'Example' : '示例'}：\n\`\`\`yaml\n${stringify({ [key]: d.example }).trimEnd()}\n\`\`\``);
  return parts.join('\n\n');
}

export function fieldTitle(node: SchemaNode | undefined, locale: Locale): string | undefined {
  if (!node) return undefined;
  const d = describeNode(node);
  return locale === 'en' ? (d.titleEn ?? d.title) : d.title;
}

/** Enum values of a field (over its anyOf branches) with their Chinese labels. */
export function enumValues(node: SchemaNode, branches: SchemaNode[]): Array<{ value: string; label?: string }> {
  const out: Array<{ value: string; label?: string }> = [];
  for (const b of [node, ...branches]) {
    const values = b.enum as unknown[] | undefined;
    if (!Array.isArray(values)) continue;
    const labels = (b[ENUM_TITLES] as string[] | undefined) ?? [];
    values.forEach((v, i) => {
      if (typeof v === 'string' && !out.some((o) => o.value === v)) out.push({ value: v, label: labels[i] });
    });
  }
  return out;
}
