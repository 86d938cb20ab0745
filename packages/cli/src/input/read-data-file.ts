import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';

/** Data files larger than this are refused before reading: no real report comes near it. */
export const MAX_DATA_FILE_BYTES = 16 * 1024 * 1024;

export interface DataFile {
  text: string;
  /** Things the writer should know about how the file was read (its encoding). */
  notes: string[];
}

/**
 * Reads a data file as text. UTF-8 (with or without BOM) is expected; a file saved as GBK/GB18030 by a
 * Chinese Windows editor is decoded as such and said so, never turned silently into mojibake; so is UTF-16
 * with a byte-order mark. Anything else (a Word document, an image) is refused.
 */
export function readDataFile(path: string, lang: Lang): DataFile {
  checkDataFile(path, lang);
  return decode(readFileSync(path), path, lang);
}

/** That the file exists, is a file, and is not over the size limit: what every reader checks before reading. */
export function checkDataFile(path: string, lang: Lang): void {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UserError(t(lang, `${path}：这是一个文件夹，不是数据文件。`, `${path}: is a folder, not a data file.`));
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(t(lang, `${path}：找不到这个文件。`, `${path}: no such file.`));
  }
  if (size > MAX_DATA_FILE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new UserError(
      t(
        lang,
        `${path}：文件有 ${mb} MB，超过 ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB 的上限。一份报告的数据文件通常不到 100 KB，请检查是否选错了文件。`,
        `${path}: ${mb} MB exceeds the ${MAX_DATA_FILE_BYTES / 1024 / 1024} MB limit; a report's data file is usually under 100 KB.`,
      ),
    );
  }
}

export function decode(bytes: Uint8Array, path: string, lang: Lang): DataFile {
  // Windows Notepad's "Unicode" is UTF-16 with a byte-order mark.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    return { text, notes: [t(lang, `${path}：文件是 UTF-16 编码（记事本的“Unicode”），已按此读取。建议另存为 UTF-8。`, `${path}: the file is UTF-16-encoded and was read as such. Save it as UTF-8.`)] };
  }
  const notText = () =>
    new UserError(
      t(
        lang,
        `${path}：这不是文本文件（或者编码无法识别）。数据文件要用 UTF-8 保存；如果这是 Word 文档，请先用 fazhi import 导入。`,
        `${path}: not a text file (or an unknown encoding). Data files are UTF-8 text; a Word document must be imported first.`,
      ),
    );
  // A NUL byte never occurs in UTF-8 or GB18030 text: this is a binary file (a .docx, a zip, an image).
  if (bytes.includes(0)) throw notText();
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, notes: [] };
  } catch {
    if (hasBom) throw new UserError(t(lang, `${path}：文件开头标明是 UTF-8，但内容不是有效的 UTF-8：请用编辑器重新以 UTF-8 保存。`, `${path}: marked as UTF-8 but not valid UTF-8; save it again as UTF-8.`));
  }
  // Not UTF-8: the other encoding Chinese Windows editors save in. Bytes that are not GB18030 either would
  // decode to U+FFFD; refusing then is better than rendering mojibake.
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw notText();
  }
  return {
    text,
    notes: [
      t(
        lang,
        `${path}：文件是 GBK/GB18030 编码，已按此读取。建议另存为 UTF-8（VS Code 右下角点编码，选“通过编码保存”→ UTF-8）。`,
        `${path}: the file is GBK/GB18030-encoded and was read as such. Save it as UTF-8.`,
      ),
    ],
  };
}
