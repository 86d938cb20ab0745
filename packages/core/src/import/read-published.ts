import { decodeText, say, UnreadableFileError, type DecodedText } from '../text/decode-text.js';
import type { Locale } from '../validate/diagnostic.js';
import { MAX_DOCX_UNZIPPED, rezipWithin } from './docx-size.js';
import { HtmlTooDeepError, htmlParagraphs, MAX_HTML_DEPTH } from './html-paragraphs.js';
import { mhtHtml } from './mht.js';
import { pdfText } from './pdf-text.js';

/** What a host with more than the core can read: the core itself runs no program. */
export interface ImportConverters {
  /**
   * An old Word (.doc) or WPS (.wps) file → the same document as .docx; the CLI and the language server do it
   * with LibreOffice (`@fazhi/core/node`'s officeToDocx). Without one, such files are refused with advice.
   */
  officeToDocx?: (bytes: Uint8Array, fileName: string, locale: Locale) => Promise<Uint8Array>;
}

/**
 * A published report as text, one paragraph per line, whatever it was saved as: .docx (Word's paragraphs),
 * .doc/.wps (converted to .docx by the host), .pdf (its text layer), .html and .mht (a saved web page's visible
 * text), anything else as a text file (UTF-8, GB18030 or UTF-16). `fileName` decides the reading and names the
 * file in messages; problems throw UnreadableFileError. Shared by `fazhi import` and the language server's
 * `fazhi/import`, so both read a file the same way.
 */
export async function readPublishedReport(bytes: Uint8Array, fileName: string, locale: Locale, converters: ImportConverters = {}): Promise<DecodedText> {
  const ext = /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase() ?? '';
  if (ext === '.doc' || ext === '.wps') {
    if (!converters.officeToDocx) {
      throw new UnreadableFileError(
        say(locale, `${fileName}：这是旧版 Word（${ext}）文件，无法直接读取。请在 Word 或 WPS 中“另存为”.docx 后再导入。`, `${fileName}: old Word format (${ext}); save it as .docx first.`),
      );
    }
    const docx = await converters.officeToDocx(bytes, fileName, locale);
    return { text: await docxText(docx, fileName, locale), notes: [say(locale, `${fileName}：已用 LibreOffice 转换为 .docx 后读取。`, `${fileName}: converted to .docx with LibreOffice and read.`)] };
  }
  if (ext === '.docx') return { text: await docxText(bytes, fileName, locale), notes: [] };
  if (ext === '.pdf') return { text: await pdfText(bytes, fileName, locale), notes: [] };
  if (ext === '.mht' || ext === '.mhtml') return { text: pageText(await mhtHtml(bytes, fileName, locale), fileName, locale), notes: [] };
  const file = decodeText(bytes, fileName, locale);
  if (ext === '.html' || ext === '.htm') return { text: pageText(file.text, fileName, locale), notes: file.notes };
  return file;
}

async function docxText(bytes: Uint8Array, fileName: string, locale: Locale): Promise<string> {
  // mammoth reads the parts as we counted them, never the original bytes (whose central directory may lie).
  const counted = rezipWithin(bytes);
  if (!counted) {
    const mb = MAX_DOCX_UNZIPPED / 1024 / 1024;
    throw new UnreadableFileError(
      say(
        locale,
        `${fileName}：解压后超过 ${mb} MB，没有读取。一份报告的 Word 文件解压后通常不到 5 MB；这个文件可能已损坏或被做了手脚。请用 Word 或 WPS 打开，另存为新的 .docx 后再导入。`,
        `${fileName}: unzips to more than ${mb} MB and was not read (a report's Word file unzips to a few MB; this one may be damaged or a zip bomb). Open it in Word or WPS and save it as a new .docx.`,
      ),
    );
  }
  try {
    // Loaded only for a Word file: mammoth and its zip/XML readers are most of an import's start-up time.
    const { default: mammoth } = await import('mammoth');
    // mammoth's Node build takes a Buffer (its `arrayBuffer` input is the browser build's): a view, no copy.
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(counted.buffer, counted.byteOffset, counted.byteLength) });
    return value.replace(/\n{2,}/g, '\n');
  } catch (err) {
    throw new UnreadableFileError(
      say(locale, `${fileName}：不是有效的 .docx 文件（${(err as Error).message}）。请用 Word 或 WPS 打开后重新保存。`, `${fileName}: not a valid .docx file (${(err as Error).message}).`),
    );
  }
}

function pageText(html: string, fileName: string, locale: Locale): string {
  try {
    return htmlParagraphs(html);
  } catch (err) {
    if (!(err instanceof HtmlTooDeepError)) throw err;
    throw new UnreadableFileError(
      say(
        locale,
        `${fileName}：网页的元素嵌套超过 ${MAX_HTML_DEPTH} 层，没有读取（正常网页只有几十层）：这不像保存下来的报告网页。请在浏览器中打开原网页，另存为“网页，仅 HTML”后再导入，或复制正文存为 .txt。`,
        `${fileName}: elements nest more than ${MAX_HTML_DEPTH} deep and the page was not read (real pages nest a few dozen): save the original page again, or copy its text into a .txt file.`,
      ),
    );
  }
}
