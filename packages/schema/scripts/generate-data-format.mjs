// Rewrites docs/data-format.md from the built schema.
import { writeFileSync } from 'node:fs';
import { reportSchema } from '../dist/index.js';
import { renderDataFormat } from './render-data-format.mjs';

const out = new URL('../../../docs/data-format.md', import.meta.url);
writeFileSync(out, renderDataFormat(reportSchema));
console.log(`wrote ${out.pathname}`);
