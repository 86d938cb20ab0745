import { completion } from './completion.js';
import { diagnostics } from './diagnostics.js';
import type { Feature } from './feature.js';

/** Every feature the server offers; each lives in its own module. */
export const FEATURES: readonly Feature[] = [diagnostics, completion];
