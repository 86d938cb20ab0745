/**
 * C0 control characters other than tab and line feed, and DEL. They arrive by copy-paste from other
 * programs or as YAML escapes ("\x01", "\b"); nothing in a printed report is written with them, XML 1.0
 * (and so DOCX) forbids most of them, and on a terminal ESC starts an escape sequence.
 */
export const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** The text with those characters removed, as every writer emits it. */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}

/** Same as stripControlChars, but CR is kept: raw source text keeps its CRLF line ends. */
export const SOURCE_CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]+/g;
