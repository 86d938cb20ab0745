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
const MEMORY_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=50'];
/**
 * The optimising compiler (TurboFan) only for code that runs hot enough to pay for it. Its first use costs
 * ~3.5 MiB of the `node` binary's pages and a few MiB of compiler memory in the helper threads' malloc arenas,
 * ~10 MiB at 15 KB in all (docs/performance.md). With V8's default budget the server compiled a few functions
 * with it at start-up (tables built once by module code) and in its warm-up; on a 15 KB report nothing it does
 * is worth optimising, and on a 3 MB report the hot loops still reach the budget within milliseconds.
 *
 * - A function is considered for optimisation after 16× as much bytecode run in it as V8's default (67584 bytes).
 * - No early optimisation of small functions: Node's own functions (path, errors) come from its start-up
 *   snapshot with the default budget already counted down, and a small one was optimised at its first tick.
 */
const OPTIMISER_FLAGS = ['--interrupt-budget=1081344', '--max-bytecode-size-for-early-opt=0'];
/**
 * V8's baseline compiler (Sparkplug) only once a large document arrives. It compiles every function that has run
 * a little into machine code, ~1.5 MiB at 15 KB, where the interpreter keeps an edit's check at ~5 ms; on a
 * document of 300 KB or 3 MB it carries the hot code until the optimising compiler takes over.
 */
const BASELINE_FLAGS = ['--no-sparkplug'];

/**
 * Sets the flags above, for the whole process: called first by the server's process entry (server.ts), never in a
 * worker thread (server-worker.ts), where they would change the host's own heap and compilers too.
 */
export function applyHeapSettings(): void {
  for (const flag of [...MEMORY_FLAGS, ...OPTIMISER_FLAGS, ...BASELINE_FLAGS]) setFlagsFromString(flag);
}
