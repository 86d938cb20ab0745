import { INVISIBLE_CLASS } from '@fazhi/core';

/** C0 controls but tab and line feed, DEL, and core's invisible characters (C1, bidi, zero-width, separators). */
const UNSAFE = new RegExp(`[\u0000-\u0008\u000B-\u001F\u007F${INVISIBLE_CLASS}]`, 'g');

/**
 * Text from a data file on its way to a terminal. Control characters become visible symbols (␛ for ESC,
 * ␇ for BEL), so a file cannot recolour, retitle or clear the reader's terminal through a message or a
 * source excerpt; a C1 control, a bidi override or a zero-width character shows as �, so an excerpt cannot
 * read in another order than it is (Trojan source). Each takes one column, so the caret still lines up.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** Longest source excerpt shown under a diagnostic, in characters: a minified or generated line stays readable. */
export const MAX_EXCERPT = 120;

/** The part of a long line around `column` (0-based), with … where it was cut, and where `column` now is. */
export function excerpt(line: string, column: number): { text: string; from: number; to: number; lead: string } {
  if (line.length <= MAX_EXCERPT) return { text: line, from: 0, to: line.length, lead: '' };
  let from = Math.max(0, Math.min(column - 40, line.length - MAX_EXCERPT));
  let to = from + MAX_EXCERPT;
  // Never cut between the halves of a surrogate pair (an astral character such as 𠮷 or an emoji).
  if (from > 0 && isLowSurrogate(line.charCodeAt(from))) from--;
  if (to < line.length && isLowSurrogate(line.charCodeAt(to))) to++;
  const lead = from > 0 ? '…' : '';
  return { text: lead + line.slice(from, to) + (to < line.length ? '…' : ''), from, to, lead };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
