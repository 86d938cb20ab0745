import type { Range } from '../validate/diagnostic.js';

/**
 * The rendered report, independent of any output format. A template's HTML is read into this model,
 * and every writer (txt, md, html, docx) works from it alone. Numbering, punctuation and script have
 * already been applied: the text here is exactly what is printed.
 */
export interface ReportDocument {
  script: Script;
  templateId: string;
  meta: DocumentMeta;
  blocks: Block[];
}

export type Script = 'zh-Hans' | 'zh-Hant';

export interface DocumentMeta {
  year: number;
  /** Full name of the jurisdiction (document properties, file names). */
  jurisdiction: string;
  /** The report's title, also when the template does not print it (document properties). */
  title: string;
}

export type Block = TitleBlock | SalutationBlock | HeadingBlock | ParagraphBlock | SignatureBlock;

/** Where a block came from in the data file, so an editor can link preview and source. */
interface Sourced {
  source?: Range;
}

/** The title (GB/T 9704: 2号小标宋, centred). */
export interface TitleBlock extends Sourced {
  kind: 'title';
  text: string;
}

/** The addressee line, ending with “：” (seed 001). */
export interface SalutationBlock extends Sourced {
  kind: 'salutation';
  text: string;
}

/**
 * A heading on its own line. Level 1 is 一、 (黑体), 2 is （一） (楷体), 3 is 1. (仿宋 bold), 4 is （1）.
 * `text` includes the enumerator: “一、主要举措和成效”.
 */
export interface HeadingBlock extends Sourced {
  kind: 'heading';
  level: HeadingLevel;
  text: string;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

/** A body paragraph: first line indented two characters. Runs concatenate to its text. */
export interface ParagraphBlock extends Sourced {
  kind: 'paragraph';
  role: 'preamble' | 'body' | 'closing';
  runs: Run[];
}

/**
 * A stretch of a paragraph. A run-in heading (“（一）坚持规范执法，提高工作效能。”) is a run with the
 * heading's level, so a writer can set it in that level's face while the rest stays body text.
 */
export interface Run {
  text: string;
  heading?: HeadingLevel;
}

/** The issuing organisation and the date, set at the right after the body. */
export interface SignatureBlock extends Sourced {
  kind: 'signature';
  organization: string;
  /** Already in Chinese form: 2024年3月19日. */
  date: string;
}

/** The plain text of a paragraph. */
export function paragraphText(p: ParagraphBlock): string {
  return p.runs.map((r) => r.text).join('');
}
