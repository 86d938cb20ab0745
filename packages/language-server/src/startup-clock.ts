/**
 * The server's own start-up times, in ms since its process (or worker) started: logged once,
 * with the first diagnostics, so a writer or the cold-start benchmark (extension/bench/cold-start.mjs) can tell
 * Node's start and the bundle's compile from the work the server does itself.
 */
import { isMainThread, workerData } from 'node:worker_threads';

// In a worker thread (the VS Code extension's way, server-worker.ts) times count from when the extension created
// the worker, on the wall clock both threads share; otherwise from the process's start.
const startedAt = (isMainThread ? undefined : (workerData as { startedAt?: unknown } | null)?.startedAt) as number | undefined;
const host = typeof startedAt === 'number' ? 'worker' : 'process';
const sinceStart = (): number => (typeof startedAt === 'number' ? performance.timeOrigin + performance.now() - startedAt : performance.now());
const steps: Array<[string, number]> = [['bundle running', sinceStart()]];
let told = false;
const afterStart: Array<() => void> = [];

/** A step of the start-up, its first time only, kept until the first diagnostics are logged. */
export function startupStep(step: string): void {
  if (!told && !steps.some(([seen]) => seen === step)) steps.push([step, sinceStart()]);
}

/** The whole start-up as one line, the first time it is asked for (undefined after). */
export function startupLine(last: string): string | undefined {
  if (told) return undefined;
  told = true;
  steps.push([last, sinceStart()]);
  for (const run of afterStart.splice(0)) setImmediate(run);
  return `startup: the server, ms after its ${host} started: ${steps.map(([step, at]) => `${step} ${at.toFixed(0)}`).join(', ')}`;
}

/** Runs `work` once the first diagnostics have been sent (at once if they have been): work the writer does not wait for. */
export function afterFirstDiagnostics(work: () => void): void {
  if (told) setImmediate(work);
  else afterStart.push(work);
}
