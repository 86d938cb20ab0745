import type { ValidateFunction } from 'ajv';
import { reportSchema, type SchemaNode } from '@fazhi/schema';
import { manifestSchema } from '../../templates/manifest-schema.js';
import { validate as precompiledManifestValidator } from './generated/manifest-validator.js';
import { validate as precompiledReportValidator } from './generated/report-validator.js';

/** Annotation keywords our schemas carry for editors; ajv must know them to stay in strict mode. */
export const ANNOTATIONS = ['x-title-en', 'x-description-en', 'x-basis', 'x-enum-titles', 'markdownDescription', 'enumDescriptions'];
/** The options scripts/report-validator-source.mjs compiles with (a test keeps the two equal). */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true, unicodeRegExp: true } as const;

// The report and template-manifest schemas are compiled at build time (scripts/generate-report-validator.mjs):
// compiling them at run time cost every cold start ~100 ms each, and ajv's compiler is ~250 KB of code that
// every program would load and hold. They are the only schemas core checks data against.
const compiled = new Map<SchemaNode, ValidateFunction>([
  [reportSchema, precompiledReportValidator as ValidateFunction],
  [manifestSchema, precompiledManifestValidator as ValidateFunction],
]);

/** The precompiled validator of the report or the template-manifest schema. */
export function validatorFor(schema: SchemaNode): ValidateFunction {
  const validate = compiled.get(schema);
  if (!validate) throw new Error('validatorFor: only the report and template-manifest schemas have a validator (precompiled by `pnpm --filter @fazhi/core generate`)');
  return validate;
}
