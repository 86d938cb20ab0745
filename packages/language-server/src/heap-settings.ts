import { setFlagsFromString } from 'node:v8';

/**
 * How V8 sizes this process's heap, set before the server does any work (the server passes these flags to
 * itself, so the command an editor runs stays `node …/server --stdio`). Measured in docs/performance.md.
 *
 * - The young generation stays at its initial size (two 1 MiB semi-spaces) instead of doubling up to 16 MiB each
 *   while the server is busy: ~6 MiB less at 15 KB, ~16 MiB at 305 KB. The cost is more frequent scavenges (1–4 ms each on this 2-core machine) and
 *   objects promoted a little sooner.
 * - The old generation is collected when it has grown by half since the last collection, not 2–4× (V8's
 *   default for a fast-allocating program). What this server allocates and drops is whole document texts, 2–3 MB
 *   a version on a 3 MB file, while what it keeps is ~35 MB there: the default let garbage pile up to ~150 MB
 *   over 20 edits (both flags: peak 195 → 125 MiB). The cost is more major collections, which V8 marks
 *   concurrently on a helper thread.
 */
setFlagsFromString('--semi-space-growth-factor=1');
setFlagsFromString('--heap-growing-percent=50');

