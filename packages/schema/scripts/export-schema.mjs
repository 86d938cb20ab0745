// Writes the plain JSON Schema that any YAML-aware editor can use
// (`# yaml-language-server: $schema=…/report.schema.json`).
import { writeFileSync } from 'node:fs';
import { reportSchema } from '../dist/index.js';

const out = new URL('../dist/report.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify(reportSchema, null, 2) + '\n');
