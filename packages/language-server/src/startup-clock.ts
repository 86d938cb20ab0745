import { now } from './clock.js';

/**
 * The server's own start-up times, in ms since its process (or worker) started: logged once,
 * with the first diagnostics, so a writer or the cold-start benchmark (extension/bench/cold-start.mjs) can tell
 * Node's start and the bundle's compile from the work the server does itself.
 *
 * Kept on the process's clock (clock.ts), without `performance` or `worker_threads`, which the server in its own
 * process would otherwise load for this alone (~0.35 MiB resident each, docs/performance.md).
 */
const steps: Array<[string, number]> = [['bundle running', now()]];
/** Where the line counts from, on that clock: the process's start, or the worker's (countFromWorkerStart). */
let origin = 0;
let host = 'process';
let told = false;
const afterStart: Array<() => void> = [];

/**
 * In a worker thread (the VS Code extension's way, server-worker.ts): times count from when the extension created
 * the worker, `startedAt` on the wall clock both threads share (ms since the epoch).
 */
export function countFromWorkerStart(startedAt: unknown): void {
  if (typeof startedAt !== 'number') return;
  origin = now() - (Date.now() - startedAt);
  host = 'worker';
}

/** A step of the start-up, its first time only, kept until the first diagnostics are logged. */
export function startupStep(step: string): void {
  if (!told && !steps.some(([seen]) => seen === step)) steps.push([step, now()]);
}

/** The whole start-up as one line, the first time it is asked for (undefined after). */
export function startupLine(last: string): string | undefined {
  if (told) return undefined;
  told = true;
  steps.push([last, now()]);
  for (const run of afterStart.splice(0)) setImmediate(run);
  return `startup: the server, ms after its ${host} started: ${steps.map(([step, at]) => `${step} ${(at - origin).toFixed(0)}`).join(', ')}`;
}

/** Runs `work` once the first diagnostics have been sent (at once if they have been): work the writer does not wait for. */
export function afterFirstDiagnostics(work: () => void): void {
  if (told) setImmediate(work);
  else afterStart.push(work);
}
