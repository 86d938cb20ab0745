/**
 * C0 control characters other than tab and line feed, and DEL; C1 controls (U+0080–U+009F: U+009B starts a
 * terminal escape like ESC [, U+0085 is a line break to some programs); and the invisible format characters
 * that change how text shows without being seen: bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069, and the marks U+200E/U+200F: "Trojan source" text that reads differently than it is),
 * zero-width space, joiners and word joiner (U+200B–U+200D, U+2060), a byte-order mark inside the text
 * (U+FEFF) and the Unicode line and paragraph separators (U+2028/U+2029, line breaks to some programs and
 * not to others). They arrive by copy-paste from other programs or as YAML escapes ("\x01", "\u202e");
 * nothing in a printed report is written with them, XML 1.0 (and so DOCX) forbids most C0 controls, and on
 * a terminal ESC and U+009B start escape sequences.
 */
const INVISIBLE = '\u0080-\u009F\u200B-\u200F\u2028-\u202E\u2060\u2066-\u2069\uFEFF';
export const CONTROL_CHARS = new RegExp(`[\u0000-\u0008\u000B-\u001F\u007F${INVISIBLE}]`, 'g');

/** The text with those characters removed, as every writer emits it. */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}

/** Same as stripControlChars, but CR is kept: raw source text keeps its CRLF line ends. */
export const SOURCE_CONTROL_CHARS = new RegExp(`[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F${INVISIBLE}]+`, 'g');

/** The same characters for the DOCX writer's own pattern. */
export const INVISIBLE_CLASS = INVISIBLE;
