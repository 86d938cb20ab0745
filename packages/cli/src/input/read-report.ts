import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { checkDataFile, readDataFile } from './read-data-file.js';
import { htmlParagraphs } from './html-paragraphs.js';

export interface ReportText {
  /** The report's text, one paragraph per line. */
  text: string;
  notes: string[];
}

/**
 * A published report as text, whatever it was saved as: .docx (Word's paragraphs), .html (a saved web page,
 * its visible text), anything else as a text file (UTF-8 or GB18030). Size and encoding checks are readDataFile's.
 */
export async function readReportFile(path: string, lang: Lang): Promise<ReportText> {
  const ext = extname(path).toLowerCase();
  checkDataFile(path, lang); // existence, folder and size checks, with their messages
  if (ext === '.doc' || ext === '.wps') {
    throw new UserError(
      t(lang, `${path}：这是旧版 Word（${ext}）文件，无法直接读取。请在 Word 或 WPS 中“另存为”.docx 后再导入。`, `${path}: old Word format (${ext}); save it as .docx first.`),
    );
  }
  if (ext === '.docx') return readDocx(path, lang);
  // Text (UTF-8, GB18030, UTF-16); a binary file is refused here with its message.
  const file = readDataFile(path, lang);
  if (ext === '.html' || ext === '.htm') return { text: htmlParagraphs(file.text), notes: file.notes };
  return file;
}

async function readDocx(path: string, lang: Lang): Promise<ReportText> {
  try {
    // Loaded only for a Word file: mammoth and its zip/XML readers are most of an import's start-up time.
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(path) });
    return { text: value.replace(/\n{2,}/g, '\n'), notes: [] };
  } catch (err) {
    throw new UserError(
      t(lang, `${path}：不是有效的 .docx 文件（${(err as Error).message}）。请用 Word 或 WPS 打开后重新保存。`, `${path}: not a valid .docx file (${(err as Error).message}).`),
    );
  }
}
