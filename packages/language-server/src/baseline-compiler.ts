import { setFlagsFromString } from 'node:v8';

// Apart from heap-settings.ts, which only the process entry may import (see there): this runs in a worker too,
// where Sparkplug is on already and the flag changes nothing.

/** A document of this many characters (about 120 KB of a Chinese report) switches Sparkplug on for good. */
export const SPARKPLUG_FROM_CHARS = 50_000;
let sparkplug = false;

/** Called with each document's length as it opens or changes, before it is checked (in a worker Sparkplug is on already). */
export function sizeCompilersFor(length: number): void {
  if (sparkplug || length < SPARKPLUG_FROM_CHARS) return;
  sparkplug = true;
  setFlagsFromString('--sparkplug');
}

