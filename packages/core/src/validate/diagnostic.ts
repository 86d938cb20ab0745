/** A half-open range of UTF-16 offsets into the source text. */
export interface Range {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A fix is attached only where it is unambiguous: applying it is always right. */
export interface Fix {
  /** What the fix does, in the diagnostic's locale. */
  title: string;
  edits: TextEdit[];
  /**
   * The edit inserts a skeleton for the writer to fill in (placeholders included), not the right text: an
   * editor offers it as a quick fix, `fixReport` (`fazhi check --fix`) never applies it.
   */
  scaffold?: true;
}

export interface Diagnostic {
  /** Stable code, documented in docs/diagnostics.md. Tests assert this, never the wording. */
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
  /** Places in other files the finding is about (last year's report): LSP relatedInformation. */
  related?: RelatedLocation[];
}

/** A place in another file, with what is there. */
export interface RelatedLocation {
  /** The file's path or URI, as the host named it. */
  source: string;
  /** Offsets into that file's text. */
  range: Range;
  message: string;
}

export type Locale = 'zh' | 'en';

/** A message in both languages; rules write both, the locale picks one. */
export interface Message {
  zh: string;
  en: string;
}
