import { readFileSync } from 'node:fs';
import { reportSchema } from '@fazhi/schema';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { AJV_OPTIONS as SCRIPT_OPTIONS, ANNOTATIONS as SCRIPT_ANNOTATIONS, reportValidatorSource } from '../../scripts/report-validator-source.mjs';
import { AJV_OPTIONS, ANNOTATIONS } from '../../src/validate/schema/ajv-instance.js';
import { manifestSchema } from '../../src/templates/manifest-schema.js';

describe('the precompiled validators', () => {
  it('are up to date with the schemas (run `pnpm --filter @fazhi/core generate` if not)', () => {
    const report = readFileSync(new URL('../../src/validate/schema/generated/report-validator.ts', import.meta.url), 'utf8');
    expect(report).toBe(reportValidatorSource(reportSchema));
    const manifest = readFileSync(new URL('../../src/validate/schema/generated/manifest-validator.ts', import.meta.url), 'utf8');
    expect(manifest).toBe(reportValidatorSource(manifestSchema, 'src/templates/manifest-schema.ts'));
  });

  it('is compiled with the options runtime compilation uses', () => {
    expect(SCRIPT_OPTIONS).toEqual(AJV_OPTIONS);
    expect(SCRIPT_ANNOTATIONS).toEqual(ANNOTATIONS);
  });
});
