import { Decompress } from 'fflate';

/**
 * Most bytes a PDF's Flate streams may inflate to, all together, before pdf.js reads them. A report's PDF holds
 * a few MB of page content at most (its text is under the 16 MB data limit, and fonts and pictures are a few MB
 * more); a stream bomb (178 KB inflating to 50 MB once took 22 s and 500 MB to import) is refused after inflating
 * at most this much, the same bound a .docx's parts have (docx-size.ts).
 */
export const MAX_PDF_INFLATED = 64 * 1024 * 1024;

/** Compressed bytes fed to the inflater at a time: one slice cannot inflate to more than about a megabyte. */
const SLICE = 1024;

class TooBig extends Error {}

/**
 * Whether every Flate stream of the PDF inflates to at most `limit` bytes together. Counted by inflating each
 * stream in small slices (a stream's /Length and /DL can lie), found as pdf.js finds them: the bytes between
 * `stream` and `endstream` of an object whose dictionary names FlateDecode. A stream cut short by a stray
 * `endstream` in its data only counts less than pdf.js reads, and a bomb is past the limit long before that.
 */
export function pdfInflatesWithin(bytes: Uint8Array, limit = MAX_PDF_INFLATED): boolean {
  // latin1 maps each byte to one character, so string offsets are byte offsets.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let total = 0;
  const count = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > limit) throw new TooBig();
  };
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    const dictionaryFrom = text.lastIndexOf(' obj', at);
    if (dictionaryFrom < 0 || !text.slice(dictionaryFrom, at).includes('FlateDecode')) continue;
    const start = at + (text.startsWith('stream\r\n', at) ? 8 : 7);
    const end = text.indexOf('endstream', start);
    const body = bytes.subarray(start, end < 0 ? bytes.length : end);
    try {
      inflateCounted(body, count);
    } catch (err) {
      if (err instanceof TooBig) return false;
      // A damaged or differently encoded stream: pdf.js makes of it what it can; its count so far stands.
    }
    if (end >= 0) at = end + 9;
  }
  return true;
}

function inflateCounted(body: Uint8Array, count: (chunk: Uint8Array) => void): void {
  // Decompress tells zlib (what PDF writers use) from raw deflate by the first bytes.
  const inflater = new Decompress((chunk) => count(chunk));
  for (let i = 0; i < body.length; i += SLICE) inflater.push(body.subarray(i, i + SLICE), i + SLICE >= body.length);
}
