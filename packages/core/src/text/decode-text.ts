import type { Locale } from '../validate/diagnostic.js';

/** A file that cannot be read as what it should be; the message says why and what to do. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

export interface DecodedText {
  text: string;
  /** Things the writer should know about how the file was read (its encoding). */
  notes: string[];
}

/** The message in the reader's language. */
export const say = (locale: Locale, zh: string, en: string) => (locale === 'zh' ? zh : en);

/**
 * A text file's bytes as text. UTF-8 (with or without BOM) is expected; a file saved as GBK/GB18030 by a
 * Chinese Windows editor is decoded as such and said so, never turned silently into mojibake; so is UTF-16
 * with a byte-order mark. Anything else (a Word document, an image) is refused. `name` is for messages.
 */
export function decodeText(bytes: Uint8Array, name: string, locale: Locale): DecodedText {
  // Windows Notepad's "Unicode" is UTF-16 with a byte-order mark.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    return { text, notes: [say(locale, `${name}：文件是 UTF-16 编码（记事本的“Unicode”），已按此读取。建议另存为 UTF-8。`, `${name}: the file is UTF-16-encoded and was read as such. Save it as UTF-8.`)] };
  }
  const notText = () =>
    new UnreadableFileError(
      say(
        locale,
        `${name}：这不是文本文件（或者编码无法识别）。数据文件要用 UTF-8 保存；如果这是 Word 文档，请先用 fazhi import 导入。`,
        `${name}: not a text file (or an unknown encoding). Data files are UTF-8 text; a Word document must be imported first.`,
      ),
    );
  // A NUL byte never occurs in UTF-8 or GB18030 text: this is a binary file (a .docx, a zip, an image).
  if (bytes.includes(0)) throw notText();
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, notes: [] };
  } catch {
    if (hasBom) throw new UnreadableFileError(say(locale, `${name}：文件开头标明是 UTF-8，但内容不是有效的 UTF-8：请用编辑器重新以 UTF-8 保存。`, `${name}: marked as UTF-8 but not valid UTF-8; save it again as UTF-8.`));
  }
  // Not UTF-8: the other encoding Chinese Windows editors save in. Bytes that are not GB18030 either would
  // decode to U+FFFD; refusing then is better than rendering mojibake.
  if (!looksLikeGbk(bytes)) {
    throw new UnreadableFileError(
      say(
        locale,
        `${name}：无法确定文件的编码（不是 UTF-8，看起来也不像 GBK/GB18030，可能是繁体中文的 Big5），没有读取，以免读成乱码。请用编辑器以 UTF-8 重新保存（VS Code 右下角点编码，选“通过编码重新打开”→ Big5，再“通过编码保存”→ UTF-8）。`,
        `${name}: the encoding cannot be told with confidence (not UTF-8, and not like GBK/GB18030: perhaps Big5, traditional Chinese), so the file was not read rather than read as mojibake. Save it as UTF-8.`,
      ),
    );
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw notText();
  }
  return {
    text,
    notes: [
      say(
        locale,
        `${name}：文件是 GBK/GB18030 编码，已按此读取。建议另存为 UTF-8（VS Code 右下角点编码，选“通过编码保存”→ UTF-8）。`,
        `${name}: the file is GBK/GB18030-encoded and was read as such. Save it as UTF-8.`,
      ),
    ],
  };
}

/**
 * Whether non-UTF-8 bytes read with confidence as GBK/GB18030. Big5 (traditional Chinese) is valid GB18030 byte
 * for byte, so decoding alone cannot tell them apart, but their second bytes differ: nearly all Chinese text in
 * GBK uses GB2312's characters, whose second byte is 0xA1 or above, while Big5 puts about two characters in
 * five (and its ，。 punctuation) at second bytes 0x40–0x7E. A file where more than one pair in five has such a
 * low second byte is not GBK we can read with confidence.
 */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let pairs = 0;
  let low = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    if (next >= 0x30 && next <= 0x39) {
      i += 3; // GB18030's four-byte form
      continue;
    }
    pairs++;
    if (next < 0xa1) low++;
    i++;
  }
  return pairs < 8 || low * 5 <= pairs;
}
