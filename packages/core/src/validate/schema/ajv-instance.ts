import AjvModule, { type ValidateFunction } from 'ajv';
import type { SchemaNode } from '@fazhi/schema';

// ajv ships CommonJS with a default export; under NodeNext the class sits on `.default`.
const Ajv = AjvModule.default;
type Ajv = InstanceType<typeof Ajv>;

/** Annotation keywords our schemas carry for editors; ajv must know them to stay in strict mode. */
const ANNOTATIONS = ['x-title-en', 'x-description-en', 'x-basis', 'x-enum-titles', 'markdownDescription', 'enumDescriptions'];

const compiled = new WeakMap<SchemaNode, ValidateFunction>();
let ajv: Ajv | undefined;

/** A compiled validator per schema object; compiling is the slow part, so it happens once. */
export function validatorFor(schema: SchemaNode): ValidateFunction {
  const cached = compiled.get(schema);
  if (cached) return cached;
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, unicodeRegExp: true });
    for (const keyword of ANNOTATIONS) ajv.addKeyword(keyword);
  }
  const fn = ajv.compile(schema);
  compiled.set(schema, fn);
  return fn;
}
