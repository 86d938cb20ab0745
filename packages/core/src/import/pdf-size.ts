import { Decompress } from 'fflate';
import { inflateBudget, MAX_INFLATED, OverBudget, pushInSlices } from './inflate-budget.js';

/**
 * Whether every Flate stream of the PDF inflates to at most `limit` bytes together. Counted by inflating each
 * stream in small slices (a stream's /Length and /DL can lie), found as pdf.js finds them: the bytes between
 * `stream` and `endstream` of an object whose dictionary names FlateDecode. A stream cut short by a stray
 * `endstream` in its data only counts less than pdf.js reads, and a bomb is past the limit long before that.
 */
export function pdfInflatesWithin(bytes: Uint8Array, limit = MAX_INFLATED): boolean {
  // latin1 maps each byte to one character, so string offsets are byte offsets.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const count = inflateBudget(limit);
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
      if (err instanceof OverBudget) return false;
      // A damaged or differently encoded stream: pdf.js makes of it what it can; its count so far stands.
    }
    if (end >= 0) at = end + 9;
  }
  return true;
}

function inflateCounted(body: Uint8Array, count: (chunk: Uint8Array) => void): void {
  // Decompress tells zlib (what PDF writers use) from raw deflate by the first bytes.
  const inflater = new Decompress((chunk) => count(chunk));
  pushInSlices(body, (slice, final) => inflater.push(slice, final));
}
