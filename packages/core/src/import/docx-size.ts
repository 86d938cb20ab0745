import { Unzip, UnzipInflate, zipSync } from 'fflate';

/**
 * Most bytes a .docx may unzip to, all parts together. A report's text ends up in a data file of at most 16 MB
 * (the data limit); Word's XML is a few times the text it holds, so 64 MB is room for any real report (a long
 * one's document.xml is under 2 MB) while a zip bomb (520 KB holding a 500 MB text run once took 33 s and
 * 4.7 GB to import) is refused after reading at most this much.
 */
export const MAX_DOCX_UNZIPPED = 64 * 1024 * 1024;

/** Compressed bytes fed to the inflater at a time: one slice cannot inflate to more than about a megabyte. */
const SLICE = 1024;

class TooBig extends Error {}

/**
 * The parts of a zip, each inflated in small slices and counted, or undefined as soon as the count passes
 * `limit`. Counted by actually inflating (the sizes a zip declares can lie). Parts are read front to back by
 * their local headers; a part whose compression fflate does not know is left out, as is anything after the
 * point where the zip stops making sense. Whoever reads the file afterwards must read these parts, not the
 * original bytes (see `rezipWithin`): a zip reader that goes by the central directory instead (JSZip, under
 * mammoth) finds parts at offsets and sizes of its own, so a zip whose local headers say 0 bytes while its
 * central directory says 300 MB once passed this count and was then inflated in full (1.7 GB, a crash).
 */
export function unzipWithin(bytes: Uint8Array, limit = MAX_DOCX_UNZIPPED): Map<string, Uint8Array> | undefined {
  let total = 0;
  const parts = new Map<string, Uint8Array>();
  const unzip = new Unzip((file) => {
    const chunks: Uint8Array[] = [];
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      total += chunk.length;
      if (total > limit) throw new TooBig();
      chunks.push(chunk);
      if (final) parts.set(file.name, concat(chunks));
    };
    try {
      file.start();
    } catch (err) {
      if (err instanceof TooBig) throw err;
      // An unknown compression method: not a part Word writes; the part is left out.
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length; i += SLICE) unzip.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
  } catch (err) {
    if (err instanceof TooBig) return undefined;
    // A damaged zip: the parts read whole so far are all there is to read.
  }
  return parts;
}

/**
 * The zip rebuilt from the parts `unzipWithin` read (stored, not compressed again), or undefined past the
 * limit. Handing this to mammoth, never the original bytes, means every byte it inflates was counted.
 */
export function rezipWithin(bytes: Uint8Array, limit = MAX_DOCX_UNZIPPED): Uint8Array | undefined {
  const parts = unzipWithin(bytes, limit);
  return parts && zipSync(Object.fromEntries(parts), { level: 0 });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
