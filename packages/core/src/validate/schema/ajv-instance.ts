import AjvModule, { type ValidateFunction } from 'ajv';
import { reportSchema, type SchemaNode } from '@fazhi/schema';
import { manifestSchema } from '../../templates/manifest-schema.js';
import { validate as precompiledManifestValidator } from './generated/manifest-validator.js';
import { validate as precompiledReportValidator } from './generated/report-validator.js';

// ajv ships CommonJS with a default export; under NodeNext the class sits on `.default`.
const Ajv = AjvModule.default;
type Ajv = InstanceType<typeof Ajv>;

/** Annotation keywords our schemas carry for editors; ajv must know them to stay in strict mode. */
export const ANNOTATIONS = ['x-title-en', 'x-description-en', 'x-basis', 'x-enum-titles', 'markdownDescription', 'enumDescriptions'];
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true, unicodeRegExp: true } as const;

// The report and template-manifest schemas are compiled at build time (scripts/generate-report-validator.mjs):
// compiling them here would cost every cold start ~100 ms each. Any other schema compiles on first use.
const compiled = new WeakMap<SchemaNode, ValidateFunction>([
  [reportSchema, precompiledReportValidator as ValidateFunction],
  [manifestSchema, precompiledManifestValidator as ValidateFunction],
]);
let ajv: Ajv | undefined;

/** A compiled validator per schema object; compiling is the slow part, so it happens once. */
export function validatorFor(schema: SchemaNode): ValidateFunction {
  const cached = compiled.get(schema);
  if (cached) return cached;
  if (!ajv) {
    ajv = new Ajv(AJV_OPTIONS);
    for (const keyword of ANNOTATIONS) ajv.addKeyword(keyword);
  }
  const fn = ajv.compile(schema);
  compiled.set(schema, fn);
  return fn;
}
