import { Unzip, UnzipInflate } from 'fflate';

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
 * Whether the zip's parts unzip to at most `limit` bytes. Counted by actually inflating (the sizes a zip
 * declares can lie), in small slices, stopping as soon as the count passes the limit; nothing is kept.
 * A zip fflate cannot read is left to mammoth, which says why it is not a Word file.
 */
export function unzipsWithin(bytes: Uint8Array, limit = MAX_DOCX_UNZIPPED): boolean {
  let total = 0;
  const unzip = new Unzip((file) => {
    file.ondata = (err, chunk) => {
      if (err) throw err;
      total += chunk.length;
      if (total > limit) throw new TooBig();
    };
    try {
      file.start();
    } catch {
      // An unknown compression method: not a part Word writes; mammoth reports the file.
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length; i += SLICE) unzip.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
  } catch (err) {
    if (err instanceof TooBig) return false;
  }
  return total <= limit;
}
