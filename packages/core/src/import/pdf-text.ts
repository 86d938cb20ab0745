import { say, UnreadableFileError } from '../text/decode-text.js';
import type { Locale } from '../validate/diagnostic.js';
import { pdfParagraphs, type PdfTextItem } from './pdf-paragraphs.js';
import { MAX_INFLATED } from './inflate-budget.js';
import { pdfInflatesWithin } from './pdf-size.js';

/**
 * A PDF's text layer, one paragraph per line (pdf.js through `unpdf`: pure JavaScript, nothing to install).
 * A scanned PDF has pictures of pages and no text: it is refused with what to do instead.
 */
export async function pdfText(bytes: Uint8Array, fileName: string, locale: Locale): Promise<string> {
  // pdf.js inflates each stream whole: what they inflate to is counted first, as a .docx's parts are.
  if (!pdfInflatesWithin(bytes)) {
    const mb = MAX_INFLATED / 1024 / 1024;
    throw new UnreadableFileError(
      say(
        locale,
        `${fileName}：其中的压缩内容解压后超过 ${mb} MB，没有读取。一份报告的 PDF 解压后通常只有几 MB；这个文件可能已损坏或被做了手脚。请用原件重新导出 PDF，或导入 Word 或网页版本。`,
        `${fileName}: its compressed streams inflate to more than ${mb} MB and it was not read (a report's PDF holds a few MB; this one may be damaged or a stream bomb). Export the PDF again from the original, or import the Word or web version.`,
      ),
    );
  }
  // Loaded only for a PDF: pdf.js is large.
  const { getDocumentProxy } = await import('unpdf');
  const pages: PdfTextItem[][] = [];
  try {
    // pdf.js detaches the buffer it is given: a copy keeps the caller's bytes intact.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items.flatMap((item) =>
          'str' in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height }] : [],
        ),
      );
    }
    await pdf.cleanup();
  } catch (err) {
    const why = (err as Error).message;
    throw new UnreadableFileError(
      say(locale, `${fileName}：无法读取这个 PDF 文件（${why}）。它可能已损坏或加了密码；请用原件另存为 PDF 或 .docx 后再导入。`, `${fileName}: cannot read this PDF (${why}); it may be damaged or password-protected. Save the original as PDF or .docx again.`),
    );
  }
  const text = pdfParagraphs(pages);
  if (!/\p{Script=Han}/u.test(text)) {
    throw new UnreadableFileError(
      say(
        locale,
        `${fileName}：这个 PDF 里没有文字，只有页面图像（多半是扫描件）。请找原来的 Word 或网页版本导入，或先用 OCR（如 WPS 的“图片转文字”）转成文字。`,
        `${fileName}: this PDF has no text layer, only page images (probably a scan). Import the original Word file or web page, or run OCR on it first.`,
      ),
    );
  }
  return text;
}
