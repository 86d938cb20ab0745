import { BASIS, EN_DESCRIPTION, EN_TITLE, type SchemaNode } from './annotate.js';
import { deref } from './schema-walk.js';

/** What completion and hover show for a field, in both languages. */
export interface FieldDescription {
  title?: string;
  titleEn?: string;
  description?: string;
  descriptionEn?: string;
  basis?: string;
  example?: unknown;
}

export function describeNode(node: SchemaNode): FieldDescription {
  const n = deref(node);
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    title: str(n.title),
    titleEn: str(n[EN_TITLE]),
    description: str(n.description),
    descriptionEn: str(n[EN_DESCRIPTION]),
    basis: str(n[BASIS]),
    example: Array.isArray(n.examples) ? n.examples[0] : undefined,
  };
}
