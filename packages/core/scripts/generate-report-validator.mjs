// Regenerates the precompiled validators in src/validate/schema/generated/. Run after changing a schema:
//   pnpm --filter @fazhi/schema build && pnpm --filter @fazhi/core build && pnpm --filter @fazhi/core generate
// (the manifest schema is read from core's own build, dist/templates/manifest-schema.js).
import { writeFileSync } from 'node:fs';
import { reportSchema } from '@fazhi/schema';
import { manifestSchema } from '../dist/templates/manifest-schema.js';
import { reportValidatorSource } from './report-validator-source.mjs';

for (const [name, schema, from] of [
  ['report-validator.ts', reportSchema, '@fazhi/schema'],
  ['manifest-validator.ts', manifestSchema, 'src/templates/manifest-schema.ts'],
]) {
  const target = new URL(`../src/validate/schema/generated/${name}`, import.meta.url);
  writeFileSync(target, reportValidatorSource(schema, from));
  console.log(`wrote ${target.pathname}`);
}
