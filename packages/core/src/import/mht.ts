import { say, UnreadableFileError } from '../text/decode-text.js';
import type { Locale } from '../validate/diagnostic.js';

/**
 * A web page saved as one file (.mht/.mhtml, “网页，单个文件”): a MIME message whose text/html part is the page,
 * quoted-printable or base64, in the charset its header names. Read with `postal-mime`.
 */
export async function mhtHtml(bytes: Uint8Array, fileName: string, locale: Locale): Promise<string> {
  const { default: PostalMime } = await import('postal-mime');
  const unreadable = (why: string) =>
    new UnreadableFileError(say(locale, `${fileName}：不是有效的 .mht 网页文件（${why}）。请在浏览器中重新“另存为”网页（.html）后导入。`, `${fileName}: not a valid .mht web archive (${why}). Save the page again as .html.`));
  let html: string | undefined;
  try {
    html = (await PostalMime.parse(withHtmlCharset(bytes))).html;
  } catch (err) {
    throw unreadable((err as Error).message);
  }
  if (!html) throw unreadable(say(locale, '里面没有 HTML 网页', 'it holds no HTML page'));
  return html;
}

/**
 * Browsers save a Chinese page's HTML part without a charset in its MIME header, leaving it to the page's
 * `<meta charset>`; a MIME reader would take it as UTF-8 and garble a GBK page. The meta's charset is copied
 * into the header. The MIME text is ASCII (quoted-printable/base64), so reading it as latin1 is lossless.
 */
function withHtmlCharset(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(bytes);
  const header = /Content-Type:\s*text\/html(?![^\r\n]*charset)([^\r\n]*)/i.exec(text);
  if (!header) return bytes;
  const meta = /charset\s*=\s*(?:3D)?["']?([A-Za-z0-9_-]+)/i.exec(text.slice(header.index + header[0].length, header.index + 20_000));
  if (!meta) return bytes;
  const at = header.index + header[0].length;
  const patched = `${text.slice(0, at)}; charset="${meta[1]}"${text.slice(at)}`;
  return Uint8Array.from(patched, (c) => c.charCodeAt(0));
}
