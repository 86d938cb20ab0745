/**
 * Most bytes a published file's compressed parts may inflate to, all together: a .docx's zip parts
 * (docx-size.ts) and a PDF's Flate streams (pdf-size.ts). A report's text ends up in a data file of at most 16 MB
 * (the data limit); Word's XML or a PDF's page content is a few times the text it holds, so 64 MB is room for any
 * real report while a bomb (a 520 KB .docx holding a 500 MB text run once took 33 s and 4.7 GB to import; a
 * 178 KB PDF inflating to 50 MB took 22 s and 500 MB) is refused after inflating at most this much.
 */
export const MAX_INFLATED = 64 * 1024 * 1024;

/** Compressed bytes fed to an inflater at a time: one slice cannot inflate to more than about a megabyte. */
const SLICE = 1024;

/** Feeds `bytes` to an inflater in slices, so a budget's count stops a bomb after about a megabyte too many. */
export function pushInSlices(bytes: Uint8Array, push: (slice: Uint8Array, final: boolean) => void): void {
  for (let i = 0; i < bytes.length; i += SLICE) push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
}

/** Thrown by a budget's count once the total passes its limit. */
export class OverBudget extends Error {}

/** Counts inflated chunks against `limit`, throwing OverBudget as soon as the total passes it. */
export function inflateBudget(limit: number): (chunk: Uint8Array) => void {
  let total = 0;
  return (chunk) => {
    total += chunk.length;
    if (total > limit) throw new OverBudget();
  };
}
