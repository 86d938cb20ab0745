/**
 * Every field of a report data file carries the same annotations: a Chinese title and description
 * (what completion and hover show a writer), an English description, an example and, where the law
 * asks for the field, its legal basis. They are stored on the JSON Schema node itself so the exported
 * schema carries them to any YAML-aware editor.
 */
export interface FieldDoc {
  /** 中文标题 (shown as the completion label and hover heading). */
  title: string;
  /** English short title. */
  titleEn: string;
  /** 中文说明. */
  description: string;
  /** English description. */
  descriptionEn: string;
  /** A value a writer might type, as it appears in YAML. */
  example: unknown;
  /** Where the field comes from in law or policy, if anywhere. */
  basis?: string;
}

/** A JSON Schema node as this package writes it (draft-07 plus our `x-` annotations). */
export type SchemaNode = { [keyword: string]: unknown };

export const EN_TITLE = 'x-title-en';
export const EN_DESCRIPTION = 'x-description-en';
export const BASIS = 'x-basis';
/** Chinese labels of enum values, parallel to `enum`. */
export const ENUM_TITLES = 'x-enum-titles';

/** Attaches the documentation of a field to its schema node. */
export function field(doc: FieldDoc, node: SchemaNode): SchemaNode {
  const annotated: SchemaNode = {
    title: doc.title,
    description: doc.description,
    [EN_TITLE]: doc.titleEn,
    [EN_DESCRIPTION]: doc.descriptionEn,
    examples: [doc.example],
    // Editors built on vscode-json-languageservice (yaml-language-server included) render this in hover.
    markdownDescription: markdownOf(doc),
    ...node,
  };
  if (doc.basis) annotated[BASIS] = doc.basis;
  return annotated;
}

function markdownOf(doc: FieldDoc): string {
  const lines = [`**${doc.title}** (${doc.titleEn})`, '', doc.description, '', `*${doc.descriptionEn}*`];
  if (doc.basis) lines.push('', `依据：${doc.basis}`);
  return lines.join('\n');
}
