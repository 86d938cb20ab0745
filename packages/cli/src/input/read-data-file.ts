import { readFileSync, statSync } from 'node:fs';
import { decodeText } from '@fazhi/core';
import { asUserError, UserError } from '../errors.js';
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

/** Core's decodeText, its refusals said as the CLI's UserError (without a stack trace). */
export function decode(bytes: Uint8Array, path: string, lang: Lang): DataFile {
  try {
    return decodeText(bytes, path, lang);
  } catch (err) {
    throw asUserError(err);
  }
}
