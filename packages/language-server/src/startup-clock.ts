import { now } from './clock.js';

/**
 * The server's own start-up times, in ms since its process started (as `performance.now()` counts them; clock.ts): logged once,
 * with the first diagnostics, so a writer or the cold-start benchmark (extension/bench/cold-start.mjs) can tell
 * Node's start and the bundle's compile from the work the server does itself. Imported first by server.ts.
 */
const steps: Array<[string, number]> = [['bundle running', now()]];
let told = false;

/** A step of the start-up, kept until the first diagnostics are logged. */
export function startupStep(what: string): void {
  if (!told) steps.push([what, now()]);
}

/** The whole start-up as one line, the first time it is asked for (undefined after). */
export function startupLine(what: string): string | undefined {
  if (told) return undefined;
  told = true;
  steps.push([what, now()]);
  return `startup: the server, ms after its process started: ${steps.map(([step, at]) => `${step} ${at.toFixed(0)}`).join(', ')}`;
}
