import { setFlagsFromString } from 'node:v8';

/**
 * How V8 sizes this process's heap, set before the server does any work (the server passes these flags to
 * itself, so the command an editor runs stays `node …/server --stdio`). Measured in docs/performance.md.
 *
 * - The young generation stays at its initial size (two 1 MiB semi-spaces) instead of doubling up to 16 MiB each
 *   while the server is busy: ~6 MiB less at 15 KB, ~20 MiB less at 3 MB. The cost is more frequent scavenges
 *   (each well under a millisecond at this size) and objects promoted a little sooner.
 * - The old generation is collected when it has grown by half since the last collection, not 2–4× (V8's
 *   default for a fast-allocating program). What this server allocates and drops is whole document texts, 2–3 MB
 *   a version on a 3 MB file, while what it keeps is ~35 MB there: the default let garbage pile up to ~150 MB
 *   over 20 edits. The cost is more major collections, which V8 marks concurrently on a helper thread.
 */
setFlagsFromString('--semi-space-growth-factor=1');
setFlagsFromString('--heap-growing-percent=50');

/** A text this long is parsed whole on open with the young generation free to grow (see below). */
export const LARGE_TEXT = 1_000_000;
let restoring = false;

/**
 * For the whole parse and check of a large document's first version: almost everything they allocate survives
 * (the tree, the data, the findings), so a young generation held at 1 MiB is scavenged ~80 times at 3 MB, each
 * copying what then survives anyway: ~290 ms of the first diagnostics against ~140 ms when it may grow. It may
 * grow until the current task ends; from then on it grows no further.
 */
export function letYoungGenerationGrow(): void {
  setFlagsFromString('--semi-space-growth-factor=2');
  if (restoring) return;
  restoring = true;
  setImmediate(() => {
    setFlagsFromString('--semi-space-growth-factor=1');
    restoring = false;
  });
}
