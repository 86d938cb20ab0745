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

export type Block =
  | TitleBlock
  | SalutationBlock
  | HeadingBlock
  | ParagraphBlock
  | SignatureBlock
  | TextLineBlock
  | AttachmentListBlock
  | TableBlock
  | PrintedByBlock;

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
  /** Its place in the outline (Word's outline level, Markdown's #). */
  level: HeadingLevel;
  /** The face it is set in when that differs from its level's (a “1.” item directly under 一、 is 仿宋加粗). */
  face?: HeadingLevel;
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
  /** Only in an editor's preview render (`markFigures`): this run is a figure's value, printed from `${name}`. */
  figure?: RunFigure;
}

/** The figure a run's value comes from: its name, its Chinese label when `stats` gives one, its entry's range. */
export interface RunFigure {
  name: string;
  label?: string;
  source?: Range;
}

/** The issuing organisation and the date, set at the right after the body. */
export interface SignatureBlock extends Sourced {
  kind: 'signature';
  organization: string;
  /** Already in Chinese form: 2024年3月19日. */
  date: string;
}

/**
 * A line of document furniture (GB/T 9704-2012), each set its own way: 发文字号 centred above the title
 * (`document-number`); 附件 / 附件1 in 黑体 at the top left of a new page (`attachment-label`, §8); the
 * attachment's title centred like the report's (`attachment-title`); 抄送 in the imprint (`copy-to`, §7.4.2).
 */
export interface TextLineBlock extends Sourced {
  kind: 'document-number' | 'attachment-label' | 'attachment-title' | 'copy-to';
  text: string;
}

/** 附件说明 after the body (§7.3.6): “附件：1. ……”, later lines aligned under the first name. */
export interface AttachmentListBlock extends Sourced {
  kind: 'attachment-list';
  /** Each line as printed: “附件：1. 某某统计表”, “2. 某某表”. */
  lines: string[];
}

/** A table with one header row (repeated on each page in Word); cells are printed text. */
export interface TableBlock extends Sourced {
  kind: 'table';
  caption?: string;
  header: string[];
  rows: string[][];
}

/** The imprint's last line (§7.4.3): the printing office at the left, “2024年3月20日印发” at the right. */
export interface PrintedByBlock extends Sourced {
  kind: 'printed-by';
  organization: string;
  date: string;
}

/** The plain text of a paragraph. */
export function paragraphText(p: ParagraphBlock): string {
  return p.runs.map((r) => r.text).join('');
}

/** Every printed character of a block, in reading order (for counts and searches). */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraphText(block);
    case 'signature':
    case 'printed-by':
      return block.organization + block.date;
    case 'attachment-list':
      return block.lines.join('');
    case 'table':
      return (block.caption ?? '') + [block.header, ...block.rows].flat().join('');
    default:
      return block.text;
  }
}

/**
 * The block with every printed text put through `text`: a conversion of the script, the removal of marks. A
 * paragraph's runs go through `runs` (by default each run's text through `text`), which may also split a run.
 */
export function mapBlockText<B extends Block>(block: B, text: (s: string) => string, runs: (run: Run) => Run[] = (r) => [{ ...r, text: text(r.text) }]): B {
  switch (block.kind) {
    case 'paragraph':
      return { ...block, runs: block.runs.flatMap(runs) };
    case 'signature':
    case 'printed-by':
      return { ...block, organization: text(block.organization), date: text(block.date) };
    case 'attachment-list':
      return { ...block, lines: block.lines.map(text) };
    case 'table': {
      const caption = block.caption === undefined ? {} : { caption: text(block.caption) };
      return { ...block, ...caption, header: block.header.map(text), rows: block.rows.map((r) => r.map(text)) };
    }
    default:
      return { ...block, text: text(block.text) };
  }
}
