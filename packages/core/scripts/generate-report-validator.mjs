// Regenerates src/validate/schema/generated/report-validator.ts. Run after changing the schema:
//   pnpm --filter @fazhi/schema build && pnpm --filter @fazhi/core generate
import { writeFileSync } from 'node:fs';
import { reportSchema } from '@fazhi/schema';
import { reportValidatorSource } from './report-validator-source.mjs';

const target = new URL('../src/validate/schema/generated/report-validator.ts', import.meta.url);
writeFileSync(target, reportValidatorSource(reportSchema));
console.log(`wrote ${target.pathname}`);
