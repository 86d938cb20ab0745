import { Unzip, UnzipInflate, zipSync } from 'fflate';
import { inflateBudget, MAX_INFLATED, OverBudget, pushInSlices } from './inflate-budget.js';

/** Most bytes a .docx may unzip to, all parts together (inflate-budget.ts says why). */
export const MAX_DOCX_UNZIPPED = MAX_INFLATED;

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
  const count = inflateBudget(limit);
  const parts = new Map<string, Uint8Array>();
  const unzip = new Unzip((file) => {
    const chunks: Uint8Array[] = [];
    file.ondata = (err, chunk, final) => {
      if (err) throw err;
      count(chunk);
      chunks.push(chunk);
      if (final) parts.set(file.name, concat(chunks));
    };
    try {
      file.start();
    } catch (err) {
      if (err instanceof OverBudget) throw err;
      // An unknown compression method: not a part Word writes; the part is left out.
    }
  });
  unzip.register(UnzipInflate);
  try {
    pushInSlices(bytes, (slice, final) => unzip.push(slice, final));
  } catch (err) {
    if (err instanceof OverBudget) return undefined;
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
