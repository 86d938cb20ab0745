// Regenerates src/generated/report-types.ts from the built schema: the TypeScript types are derived
// from the JSON Schema, never written by hand. Run `pnpm --filter @fazhi/schema generate` after a
// schema change; a test fails while the committed file is stale.
import { writeFileSync } from 'node:fs';
import { reportSchema } from '../dist/index.js';
import { renderReportTypes } from './render-types.mjs';

const out = new URL('../src/generated/report-types.ts', import.meta.url);
writeFileSync(out, await renderReportTypes(reportSchema));
console.log(`wrote ${out.pathname}`);
